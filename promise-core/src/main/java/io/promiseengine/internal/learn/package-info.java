/**
 * Internal: the transit learner's decayed tallies and the rounding of learned masses. Not API: may change
 * without notice.
 */
package io.promiseengine.internal.learn;
