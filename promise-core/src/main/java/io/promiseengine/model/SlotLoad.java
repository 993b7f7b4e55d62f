package io.promiseengine.model;

import java.time.Instant;
import java.util.Objects;

/** Preparations already started at a location in the slot starting at {@code slot} (spec 2.1). */
public record SlotLoad(String location, Instant slot, int orders) {

    public SlotLoad {
        Objects.requireNonNull(location, "location");
        Limits.checkInstant("slot", Objects.requireNonNull(slot, "slot"));
        Limits.checkQuantity("orders", orders, 0);
    }
}
