package io.promiseengine.quote;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link ListingRequest}: one badge per sku, in the request's order.
 *
 * @param at the order instant
 * @param zone the network's zone
 * @param badges one per sku
 */
public record Listing(Instant at, ZoneId zone, List<Badge> badges) {

    public Listing {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        badges = List.copyOf(badges);
    }
}
