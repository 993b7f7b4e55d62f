/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A probability mass function over whole numbers (transit days or transit minutes): keys {@code 0}
 * or positive, masses {@code > 0} summing to 1 within {@code 1e-9} (spec 2.1).
 *
 * <p>Kept sorted by value in parallel arrays, with the cumulative masses computed exactly in decimal (each
 * mass taken as the shortest decimal of its binary64 value) and rounded once: so masses 0.6, 0.3, 0.1 add
 * up to exactly 1.0, not 0.9999999999999999. {@link #toString()} writes {@code {2=0.7, 3=0.25}}.
 */
public final class MassFunction {

    /** How far the masses may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    private final int[] values;
    private final double[] masses;
    private final BigDecimal[] exactCumulative;
    private final double[] cumulative;

    private MassFunction(int[] values, double[] masses) {
        this.values = values;
        this.masses = masses;
        this.exactCumulative = new BigDecimal[values.length];
        this.cumulative = new double[values.length];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < values.length; i++) {
            sum = sum.add(BigDecimal.valueOf(masses[i]));
            exactCumulative[i] = sum;
            cumulative[i] = sum.doubleValue();
        }
    }

    /**
     * A mass function from value to mass, summed in the given order. Throws {@link IllegalArgumentException}
     * for a negative value, a mass not above 0, or masses not summing to 1 (message
     * {@code probabilities sum to 0.97, expected 1}).
     *
     * @param masses mass by value
     * @return the mass function
     * @throws IllegalArgumentException for a negative value, a mass not above 0, or masses not summing to 1
     */
    public static MassFunction of(Map<Integer, Double> masses) {
        Objects.requireNonNull(masses, "masses");
        if (masses.isEmpty()) {
            throw new IllegalArgumentException("a mass function needs at least one value");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, Double> e : masses.entrySet()) {
            int v = Objects.requireNonNull(e.getKey(), "value");
            double m = Objects.requireNonNull(e.getValue(), "mass");
            if (v < 0) {
                throw new IllegalArgumentException("value must be 0 or positive, was " + v);
            }
            if (!(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("probability of " + v + " must be a number > 0, was " + m);
            }
            sum = sum.add(BigDecimal.valueOf(m));
        }
        checkSum(sum);
        int[] values = masses.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] ms = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ms[i] = masses.get(values[i]);
        }
        return new MassFunction(values, ms);
    }

    /**
     * Throws the spec's message when an exact sum of masses is not 1 within the tolerance
     * ({@code probabilities sum to 0.97, expected 1}).
     */
    /**
     * Throws naming the field when a value of the mass function is above {@code max} (a lane's days, a band's
     * minutes: docs/LIMITS.md).
     *
     * @param field the field's name in the refusal
     * @param f the mass function
     * @param max the largest value allowed
     * @return {@code f}
     * @throws IllegalArgumentException when a value is above {@code max}
     */
    public static MassFunction checkMaxValue(String field, MassFunction f, int max) {
        for (int i = 0; i < f.size(); i++) {
            if (f.value(i) > max) {
                throw new IllegalArgumentException(field + " must name values of at most " + max + ", was " + f.value(i));
            }
        }
        return f;
    }

    /**
     * Checks that probabilities sum to 1, within the tolerance of a document's decimals.
     *
     * @param sum the exact sum of the masses
     * @throws IllegalArgumentException when the sum is not 1 (message {@code probabilities sum to 0.97, expected 1})
     */
    public static void checkSum(BigDecimal sum) {
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(BigDecimal.valueOf(SUM_TOLERANCE)) > 0) {
            throw new IllegalArgumentException("probabilities sum to " + sum.stripTrailingZeros().toPlainString() + ", expected 1");
        }
    }

    /**
     * Shorthand: {@code MassFunction.of(2, 0.7, 3, 0.25, 4, 0.05)}.
     *
     * @param valueMassPairs values and masses (numbers), alternately
     * @return the mass function
     * @throws IllegalArgumentException for an odd number of arguments, or as {@link #of(Map)}
     * @throws ClassCastException when an argument is not a number
     */
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

    /**
     * Number of values with a mass.
     *
     * @return the number of values
     */
    public int size() {
        return values.length;
    }

    /**
     * The i-th value, ascending.
     *
     * @param i the index, from 0
     * @return the value
     * @throws IndexOutOfBoundsException when {@code i} is not in [0, {@link #size()})
     */
    public int value(int i) {
        return values[i];
    }

    /**
     * The mass of the i-th value.
     *
     * @param i the index, from 0
     * @return the mass
     * @throws IndexOutOfBoundsException when {@code i} is not in [0, {@link #size()})
     */
    public double mass(int i) {
        return masses[i];
    }

    /**
     * The mass of values up to the i-th, summed exactly, rounded once to binary64.
     *
     * @param i the index, from 0
     * @return the cumulative mass
     * @throws IndexOutOfBoundsException when {@code i} is not in [0, {@link #size()})
     */
    public double cumulative(int i) {
        return cumulative[i];
    }

    /**
     * The mass of values up to the i-th, exactly.
     *
     * @param i the index, from 0
     * @return the exact cumulative mass
     * @throws IndexOutOfBoundsException when {@code i} is not in [0, {@link #size()})
     */
    public BigDecimal exactCumulative(int i) {
        return exactCumulative[i];
    }

    /**
     * Value to mass, ascending by value.
     *
     * @return value to mass, an unmodifiable map
     */
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
