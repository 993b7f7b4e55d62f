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
package io.promiseengine.json.internal;

import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * The JSON types the document uses, read from {@link Node}s: each method returns the value, or null after
 * reporting a problem that names what was found instead.
 */
public final class Types {

    private static final BigDecimal SMALLEST = new BigDecimal("1e-12");
    private static final BigDecimal LARGEST = new BigDecimal("1e15");

    private final Problems problems;

    public Types(Problems problems) {
        this.problems = problems;
    }

    /** The string value of a node, or null and a problem. */
    public String string(At where, Node n) {
        if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING) {
            return s.text();
        }
        problems.add(where, "expected a string, was " + n.describe());
        return null;
    }

    /** An integer in [{@code min}, {@link Limits#MAX_QUANTITY}], or null and a problem. */
    public Integer integer(At where, Node n, int min) {
        BigDecimal d = decimal(where, n);
        if (d == null) {
            return null;
        }
        // compared, never rescaled: setScale on 1e-1000000000 would compute 10^1000000000
        if (d.stripTrailingZeros().scale() > 0) {
            problems.add(where, "expected an integer, was " + n.describe());
            return null;
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0) {
            problems.add(where, "must be an integer >= " + min + ", was " + ((Node.Scalar) n).text());
            return null;
        }
        if (d.compareTo(BigDecimal.valueOf(Limits.MAX_QUANTITY)) > 0) {
            problems.add(where, "must be at most " + Limits.MAX_QUANTITY + ", was " + ((Node.Scalar) n).text());
            return null;
        }
        return d.intValueExact();
    }

    /**
     * The exact value of a number as written, or null and a problem. A number that is not 0 and not between
     * 1e-12 and 1e15 in magnitude ({@code 1e400}, {@code 1e-400}) is refused here, before any arithmetic on it:
     * every number of the documents is within these bounds, and a binary64 keeps them apart from 0 and
     * infinity (docs/LIMITS.md).
     */
    public BigDecimal decimal(At where, Node n) {
        // compared, never rescaled: 1e-400 would read as 0 in a binary64, 1E+1000000000 take minutes to expand
        if (n instanceof Node.Scalar s && s.isNumber()) {
            try {
                BigDecimal d = new BigDecimal(s.text());
                BigDecimal abs = d.abs();
                if (d.signum() == 0 || abs.compareTo(SMALLEST) >= 0 && abs.compareTo(LARGEST) <= 0) {
                    return d;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            problems.add(where, "number " + Echo.escape(s.text()) + " is out of range: a number of a document is 0 or"
                    + " between 1e-12 and 1e15 in magnitude");
            return null;
        }
        problems.add(where, "expected a number, was " + n.describe());
        return null;
    }

    /** A number as a finite binary64, or null and a problem. */
    public Double number(At where, Node n) {
        return decimal(where, n) == null ? null : Double.parseDouble(((Node.Scalar) n).text());
    }

    /**
     * The value after a rule of the model ({@code Limits.checkText}, {@code Ids.checkSku}...), or null and the
     * rule's message at {@code where}; null stays null.
     */
    public <T> T check(At where, T value, UnaryOperator<T> rule) {
        if (value == null) {
            return null;
        }
        try {
            return rule.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(where, e.getMessage());
            return null;
        }
    }

    /** A string that a rule of the model checks, or null and a problem. */
    public String string(At where, Node n, UnaryOperator<String> rule) {
        return check(where, string(where, n), rule);
    }

    public Node.Arr array(At where, Node n) {
        if (n instanceof Node.Arr a) {
            return a;
        }
        problems.add(where, "expected an array, was " + n.describe());
        return null;
    }

}
