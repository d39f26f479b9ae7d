package org.passerelle.footprint;

/**
 * A quantity known as an interval {@code [min, max]}, with EcoLogits' pairwise-bound arithmetic:
 * {@code [a,b] + [c,d] = [a+c, b+d]} and {@code [a,b] · [c,d] = [a·c, b·d]}. A scalar is the
 * degenerate interval {@code [x, x]}; with IEEE-754 arithmetic this gives bit-for-bit the same
 * results as EcoLogits' mixed scalar/interval code, because every operation is commutative per
 * bound. Immutable.
 */
public record Range(double min, double max) {

    public Range {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException("a range bound is not a number");
        }
        if (min > max) {
            throw new IllegalArgumentException("range min " + min + " is greater than max " + max);
        }
    }

    public static Range of(double value) {
        return new Range(value, value);
    }

    public static Range of(double min, double max) {
        return new Range(min, max);
    }

    public boolean isScalar() {
        return min == max;
    }

    /** EcoLogits' mean: {@code (min + max) / 2}. */
    public double mean() {
        return (min + max) / 2;
    }

    public Range plus(Range other) {
        return new Range(min + other.min, max + other.max);
    }

    public Range plus(double k) {
        return new Range(min + k, max + k);
    }

    public Range times(Range other) {
        return new Range(min * other.min, max * other.max);
    }

    public Range times(double k) {
        return new Range(min * k, max * k);
    }

    /** Scales both bounds by a unit factor (no rounding concerns: used for display only). */
    public Range scaled(double factor) {
        return new Range(min * factor, max * factor);
    }
}
