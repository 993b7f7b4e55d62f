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

import io.promiseengine.model.Limits;
import java.util.List;
import java.util.Objects;

/**
 * What applying one event did.
 *
 * @param event the event
 * @param repeated true when its id had already been applied: nothing was done
 * @param touched the captured orders looked at again, in the order they were looked at
 * @param replanned the orders moved to another plan that keeps their promise
 * @param changed the orders whose promise changed (what listeners heard)
 */
public record EventOutcome(PromiseEvent event, boolean repeated, List<String> touched, List<Replanned> replanned,
                           List<PromiseChange> changed) {

    /**
     * Checks the parts.
     *
     * @param event the event
     * @param repeated true when its id had already been applied: nothing was done
     * @param touched the captured orders looked at again, in the order they were looked at
     * @param replanned the orders moved to another plan that keeps their promise
     * @param changed the orders whose promise changed (what listeners heard)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public EventOutcome {
        Objects.requireNonNull(event, "event");
        touched = Limits.copyOf("touched", touched);
        replanned = Limits.copyOf("replanned", replanned);
        changed = Limits.copyOf("changed", changed);
    }

    /**
     * The outcome of an event whose id was already applied.
     *
     * @param event the event
     * @return an outcome that touched nothing
     */
    public static EventOutcome repeated(PromiseEvent event) {
        return new EventOutcome(event, true, List.of(), List.of(), List.of());
    }
}
