package io.promiseengine.quote;

import io.promiseengine.model.Method;

import java.util.Objects;

/**
 * A location passed over for a service or a collect store, with the first reason that excluded it.
 *
 * @param method the method
 * @param service the service id, {@code ""} for click and collect
 * @param location the location passed over
 * @param reason why
 * @param detail a sentence a person understands ({@code "391.2 km > 12 km"})
 */
public record Rejection(Method method, String service, String location, RejectReason reason, String detail) {

    public Rejection {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
