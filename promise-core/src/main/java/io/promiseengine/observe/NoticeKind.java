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
package io.promiseengine.observe;

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.Replanned;

import java.util.Locale;
import java.util.Objects;

/** What a notice of the tracker did to an order, as a metric's tag ({@link #tag()}). */
public enum NoticeKind {

    /** Moved to another plan that keeps the promise ({@link Replanned}): nothing to tell the customer. */
    REPLANNED,
    /** Promised again, at another date or time ({@link PromiseChange} with a new promise). */
    CHANGED,
    /** No promise can be made any more ({@link PromiseChange} without one): the order left the tracker. */
    WITHDRAWN;

    /**
     * The kind of a notice.
     *
     * @param notice a notice of the tracker
     * @return its kind
     */
    public static NoticeKind of(PromiseNotice notice) {
        Objects.requireNonNull(notice, "notice");
        if (notice instanceof PromiseChange change) {
            return change.promise().isPresent() ? CHANGED : WITHDRAWN;
        }
        return REPLANNED;
    }

    /**
     * The kind in lower case, a stable tag value: {@code replanned}, {@code changed}, {@code withdrawn}.
     *
     * @return the tag value
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
