package io.promiseengine.quote;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a quote request (spec 3).
 *
 * @param at the order instant
 * @param zone the network's zone, in which {@code at} is written
 * @param options every option, sorted by promised instant, method, then service or location id
 * @param rejected with {@code explain}, every location passed over with its reason; else empty
 */
public record Quote(Instant at, ZoneId zone, List<PromiseOption> options, List<Rejection> rejected) {

    public Quote {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        options = List.copyOf(options);
        rejected = List.copyOf(rejected);
    }
}
