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
 * Hears what events did to captured orders. Called after the event is applied whole and its step kept, off
 * the tracker's lock (on the thread that applied the event, or on the tracker's executor), once per changed
 * order, in the order the orders were looked at: at least once, so a notice may come again (after this
 * listener threw, after a crash): {@link PromiseNotice#key()} tells a repeat. A listener that throws is
 * logged, the others still hear, and it hears the notice again after a back-off; a listener must not apply
 * events itself.
 */
@FunctionalInterface
public interface PromiseListener {

    /**
     * An order's promise changed: tell the customer ({@link PromiseChange#message}).
     *
     * @param change the order, its previous promise and its new one (or none)
     */
    void promiseChanged(PromiseChange change);

    /**
     * An order moved to another plan that keeps its promise; nothing by default.
     *
     * @param replanned the order and its new plan
     */
    default void replanned(Replanned replanned) {
    }
}
