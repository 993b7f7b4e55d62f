package io.promiseengine.jmh;

import io.promiseengine.jmh.baseline.BaselineCalculator;
import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;

/** The implementations a benchmark measures, by the name of its {@code impl} parameter. */
public final class Calculators {

    private Calculators() {
    }

    /**
     * The calculator named {@code impl} over the network: {@code engine} (the library's) or {@code baseline}
     * (the straightforward implementation of the spec, {@link BaselineCalculator}).
     */
    public static PromiseCalculator create(String impl, Network network) {
        return switch (impl) {
            case "engine" -> PromiseCalculator.of(network);
            case "baseline" -> new BaselineCalculator(network);
            default -> throw new IllegalArgumentException("impl must be engine or baseline, was " + impl);
        };
    }
}
