/**
 * Internal: the compiled network snapshot and the quote engine. Not API: may change without notice.
 */
package io.promiseengine.internal.engine;
