package io.promiseengine.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A probability mass function over whole numbers (transit days or transit minutes): keys {@code 0}
 * or positive, masses {@code > 0} summing to 1 within {@code 1e-9} (spec 2.1).
 *
 * <p>Kept sorted by value in two parallel arrays. {@link #toString()} writes {@code {2=0.7, 3=0.25}}.
 */
public final class MassFunction {

    /** How far the masses may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final int[] values;
    private final double[] masses;

    private MassFunction(int[] values, double[] masses) {
        this.values = values;
        this.masses = masses;
    }

    /**
     * A mass function from value to mass, summed in the given order. Throws {@link IllegalArgumentException}
     * for a negative value, a mass not above 0, or masses not summing to 1 (message
     * {@code probabilities sum to 0.97, expected 1}).
     */
    public static MassFunction of(Map<Integer, Double> masses) {
        Objects.requireNonNull(masses, "masses");
        if (masses.isEmpty()) {
            throw new IllegalArgumentException("a mass function needs at least one value");
        }
        double sum = 0;
        for (Map.Entry<Integer, Double> e : masses.entrySet()) {
            int v = Objects.requireNonNull(e.getKey(), "value");
            double m = Objects.requireNonNull(e.getValue(), "mass");
            if (v < 0) {
                throw new IllegalArgumentException("value must be 0 or positive, was " + v);
            }
            if (!(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("probability of " + v + " must be a number > 0, was " + m);
            }
            sum += m;
        }
        checkSum(sum);
        int[] values = masses.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] ms = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ms[i] = masses.get(values[i]);
        }
        return new MassFunction(values, ms);
    }

    /** Throws the spec's message when a sum of masses is not 1 within the tolerance. */
    public static void checkSum(double sum) {
        if (!(Math.abs(sum - 1.0) <= SUM_TOLERANCE)) {
            throw new IllegalArgumentException("probabilities sum to " + sum + ", expected 1");
        }
    }

    /** Shorthand: {@code MassFunction.of(2, 0.7, 3, 0.25, 4, 0.05)}. */
    public static MassFunction of(Object... valueMassPairs) {
        if (valueMassPairs.length % 2 != 0) {
            throw new IllegalArgumentException("expected value, mass pairs, got " + valueMassPairs.length + " arguments");
        }
        Map<Integer, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < valueMassPairs.length; i += 2) {
            map.put(((Number) valueMassPairs[i]).intValue(), ((Number) valueMassPairs[i + 1]).doubleValue());
        }
        return of(map);
    }

    /** Number of values with a mass. */
    public int size() {
        return values.length;
    }

    /** The i-th value, ascending. */
    public int value(int i) {
        return values[i];
    }

    /** The mass of the i-th value. */
    public double mass(int i) {
        return masses[i];
    }

    /** Value to mass, ascending by value. */
    public Map<Integer, Double> asMap() {
        Map<Integer, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(values[i], masses[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MassFunction other && Arrays.equals(values, other.values) && Arrays.equals(masses, other.masses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.hashCode(masses);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
