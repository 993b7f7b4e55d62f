package io.promiseengine.model;

import java.time.Instant;
import java.util.Objects;

/** Preparations already started at a location in the slot starting at {@code slot} (spec 2.1). */
public record SlotLoad(String location, Instant slot, int orders) {

    public SlotLoad {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(slot, "slot");
        if (orders < 0) {
            throw new IllegalArgumentException("orders must be >= 0, was " + orders);
        }
    }
}
