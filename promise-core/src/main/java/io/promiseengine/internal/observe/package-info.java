/**
 * Internal: how the calculator, the engine and the tracker tell their observer and write their decision log
 * (docs/OBSERVING.md). Not API: may change without notice.
 */
package io.promiseengine.internal.observe;
