package io.promiseengine.jmh;

import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;

import java.lang.reflect.InvocationTargetException;

/**
 * The calculators a benchmark compares, by name: {@code engine} ({@link PromiseCalculator#of}) or
 * {@code baseline} ({@value #BASELINE}, a straightforward implementation with a {@code (Network)}
 * constructor, loaded by name so these benchmarks compile without it).
 */
public final class Calculators {

    /** The class name of the baseline implementation. */
    public static final String BASELINE = "io.promiseengine.jmh.baseline.BaselineCalculator";

    private Calculators() {
    }

    /** Whether the baseline implementation is on the class path. */
    public static boolean baselinePresent() {
        try {
            Class.forName(BASELINE);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The calculator named {@code impl} over the network. Throws {@link IllegalStateException} with a clear
     * message when {@code baseline} is asked for and is not on the class path: JMH then skips that
     * configuration, printing the message, and goes on with the others.
     */
    public static PromiseCalculator create(String impl, Network network) {
        switch (impl) {
            case "engine":
                return PromiseCalculator.of(network);
            case "baseline":
                Class<?> type;
                try {
                    type = Class.forName(BASELINE);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("SKIPPED impl=baseline: " + BASELINE
                            + " is not on the class path; run with -p impl=engine or add the baseline", e);
                }
                try {
                    return (PromiseCalculator) type.getConstructor(Network.class).newInstance(network);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("the baseline failed to build: " + e.getCause(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(BASELINE + " needs a public (Network) constructor", e);
                }
            default:
                throw new IllegalArgumentException("impl must be engine or baseline, was " + impl);
        }
    }
}
