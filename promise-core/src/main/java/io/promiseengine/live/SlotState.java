package io.promiseengine.live;

import java.time.Instant;
import java.util.Objects;

/**
 * The live state of one preparation slot.
 *
 * @param location the location id
 * @param slot the slot's start
 * @param load preparations reported started in it
 * @param held preparations the engine's reservations hold in it
 * @param capacity preparations it allows (the location's {@code ordersPerSlot} unless changed)
 */
public record SlotState(String location, Instant slot, int load, int held, int capacity) {

    public SlotState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(slot, "slot");
    }

    /** Whether another preparation may start in it. */
    public boolean hasRoom() {
        return load + held < capacity;
    }
}
