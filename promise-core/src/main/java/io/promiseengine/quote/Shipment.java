package io.promiseengine.quote;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lines one origin prepares for an option, as one parcel.
 *
 * @param from the origin's id
 * @param zone the origin's zone, in which {@code readyAt} and {@code shipAt} are written
 * @param lines the lines, in the request's order
 * @param startAt when the preparation starts (an open instant of the origin, in a slot with room); not
 *                part of the response document, kept for reservations and checks
 * @param readyAt when the preparation is complete
 * @param shipAt the carrier collection (home delivery), the dispatch (courier) or the transfer's departure
 *               (collect from another location); empty for a store's own collect shipment
 */
public record Shipment(String from, ZoneId zone, List<Line> lines, Instant startAt, Instant readyAt, Optional<Instant> shipAt) {

    public Shipment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(zone, "zone");
        lines = List.copyOf(lines);
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(readyAt, "readyAt");
        if (readyAt.isBefore(startAt)) {
            throw new IllegalArgumentException("readyAt " + readyAt + " is before startAt " + startAt);
        }
        Objects.requireNonNull(shipAt, "shipAt");
    }
}
