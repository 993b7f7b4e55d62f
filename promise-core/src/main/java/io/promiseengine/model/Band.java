package io.promiseengine.model;

import java.util.Objects;

/**
 * A courier distance band: origins at most {@code maxKm} from the destination (and beyond the previous
 * band), a mass function of transit minutes (spec 2.1, 4.5).
 */
public record Band(double maxKm, MassFunction minutes) {

    public Band {
        if (!(maxKm > 0) || Double.isInfinite(maxKm)) {
            throw new IllegalArgumentException("maxKm must be a number > 0, was " + maxKm);
        }
        MassFunction.checkMaxValue("minutes", Objects.requireNonNull(minutes, "minutes"), Limits.MAX_MINUTES);
    }
}
