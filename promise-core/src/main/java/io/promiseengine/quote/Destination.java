package io.promiseengine.quote;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Position;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the cart goes (spec 3): a postal code, a position, or both. The position places the destination
 * (else the network's {@code postalCodes} does); the postal code chooses lanes.
 *
 * @param postalCode the postal code, {@code ""} for none
 * @param position the position, empty for none
 */
public record Destination(String postalCode, Optional<Position> position) {

    public Destination {
        Limits.checkPostalCode("postalCode", Objects.requireNonNull(postalCode, "postalCode"));
        Objects.requireNonNull(position, "position");
        if (postalCode.isEmpty() && position.isEmpty()) {
            throw new IllegalArgumentException("destination needs a postalCode, a position, or both");
        }
    }

    public static Destination postalCode(String postalCode) {
        return new Destination(postalCode, Optional.empty());
    }

    public static Destination position(Position position) {
        return new Destination("", Optional.of(position));
    }

    public static Destination of(String postalCode, Position position) {
        return new Destination(postalCode, Optional.of(position));
    }
}
