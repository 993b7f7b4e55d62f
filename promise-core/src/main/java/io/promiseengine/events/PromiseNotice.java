/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.events;

/**
 * What a {@link PromiseTracker} tells its {@link PromiseListener}s about one order after one event: a {@link
 * PromiseChange} (the customer is told) or a {@link Replanned} (nothing to tell). Notices go through the
 * tracker's outbox and are delivered at least once: a listener may hear the same notice again (after its own
 * failure, a crash, or a lapsed delivery claim) and recognizes it by its {@link #key()}.
 */
public sealed interface PromiseNotice permits PromiseChange, Replanned {

    /**
     * The order.
     *
     * @return the order's id
     */
    String orderId();

    /**
     * The event that caused it.
     *
     * @return the event
     */
    PromiseEvent cause();

    /**
     * The idempotency key: {@code change:} or {@code replanned:}, the length of the event's id, {@code :}, the
     * event's id, {@code :}, the order's id (so no two ids make the same key), e.g. {@code change:4:ev-1:A-2}.
     * The same on every retry, after a restart and on every node (an event looks at an order once), so a
     * listener that remembers the keys it handled never handles a notice twice.
     *
     * @return the key
     */
    default String key() {
        return (this instanceof PromiseChange ? "change:" : "replanned:") + cause().id().length() + ":" + cause().id() + ":"
                + orderId();
    }
}
