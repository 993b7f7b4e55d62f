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
        BigDecimal whole;
        try {
            whole = d.setScale(0);
        } catch (ArithmeticException e) {
            problems.add(where, "expected an integer, was " + n.describe());
            return null;
        }
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0) {
            problems.add(where, "must be an integer >= " + min + ", was " + ((Node.Scalar) n).text());
            return null;
        }
        if (whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(where, "must be at most " + Integer.MAX_VALUE + ", was " + ((Node.Scalar) n).text());
            return null;
        }
        return whole.intValueExact();
    }

    /** The exact value of a number as written, or null and a problem. */
    public BigDecimal decimal(At where, Node n) {
        if (n instanceof Node.Scalar s && s.isNumber()) {
            try {
                return new BigDecimal(s.text());
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(where, "number " + s.text() + " is out of range");
                return null;
            }
        }
        problems.add(where, "expected a number, was " + n.describe());
        return null;
    }

    /** A number as a finite binary64, or null and a problem. */
    public Double number(At where, Node n) {
        if (decimal(where, n) == null) {
            return null;
        }
        double d = Double.parseDouble(((Node.Scalar) n).text());
        if (Double.isInfinite(d)) {
            problems.add(where, "number " + ((Node.Scalar) n).text() + " is out of range");
            return null;
        }
        return d;
    }

    public Node.Arr array(At where, Node n) {
        if (n instanceof Node.Arr a) {
            return a;
        }
        problems.add(where, "expected an array, was " + n.describe());
        return null;
    }

}
