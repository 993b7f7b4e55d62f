/** The promise tracker's machinery: indexes of orders, network edits for events, re-planning one order. Not API. */
package io.promiseengine.internal.events;
