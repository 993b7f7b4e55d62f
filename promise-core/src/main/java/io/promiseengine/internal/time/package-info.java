/**
 * Internal: calendar arithmetic over epoch seconds (open intervals in a zone, working time, slots).
 * Not API: may change without notice.
 */
package io.promiseengine.internal.time;
