package io.promiseengine.learn;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to one home-delivery parcel: the service that carried it, where it went from and to (postal
 * codes, as the lanes match them; {@code ""} when unknown) and when the carrier collected and delivered it.
 *
 * @param service the home-delivery service's id
 * @param originPostalCode the origin's postal code ({@code ""}: only {@code from: ""} lanes match)
 * @param destinationPostalCode the destination's postal code ({@code ""}: only {@code to: ""} lanes match)
 * @param shippedAt the carrier's collection (the quote's {@code shipAt})
 * @param deliveredAt the delivery, at or after {@code shippedAt}
 */
public record DeliveryOutcome(String service, String originPostalCode, String destinationPostalCode,
                              Instant shippedAt, Instant deliveredAt) {

    public DeliveryOutcome {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(originPostalCode, "originPostalCode");
        Objects.requireNonNull(destinationPostalCode, "destinationPostalCode");
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        if (deliveredAt.isBefore(shippedAt)) {
            throw new IllegalArgumentException("deliveredAt " + deliveredAt + " is before shippedAt " + shippedAt);
        }
    }
}
