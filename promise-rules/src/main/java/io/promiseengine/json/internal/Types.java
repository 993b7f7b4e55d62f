package io.promiseengine.json.internal;

import java.math.BigDecimal;

/**
 * The JSON types the document uses, read from {@link Node}s: each method returns the value, or null after
 * reporting a problem that names what was found instead.
 */
public final class Types {

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

    /** An integer {@code >= min} (an integral number that fits an int), or null and a problem. */
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
        if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(where, "must be at most " + Integer.MAX_VALUE + ", was " + ((Node.Scalar) n).text());
            return null;
        }
        return d.intValueExact();
    }

    /**
     * The exact value of a number as written, or null and a problem. A number beyond the range of a binary64
     * ({@code 1e400}) is refused here, before any arithmetic on it: every number of the documents fits one,
     * and rescaling {@code 1E+1000000000} would take minutes or overflow.
     */
    public BigDecimal decimal(At where, Node n) {
        if (n instanceof Node.Scalar s && s.isNumber()) {
            try {
                BigDecimal d = new BigDecimal(s.text());
                if (!Double.isInfinite(Double.parseDouble(s.text()))) {
                    return d;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            problems.add(where, "number " + s.text() + " is out of range");
            return null;
        }
        problems.add(where, "expected a number, was " + n.describe());
        return null;
    }

    /** A number as a finite binary64, or null and a problem. */
    public Double number(At where, Node n) {
        return decimal(where, n) == null ? null : Double.parseDouble(((Node.Scalar) n).text());
    }

    public Node.Arr array(At where, Node n) {
        if (n instanceof Node.Arr a) {
            return a;
        }
        problems.add(where, "expected an array, was " + n.describe());
        return null;
    }

}
