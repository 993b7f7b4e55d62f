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
