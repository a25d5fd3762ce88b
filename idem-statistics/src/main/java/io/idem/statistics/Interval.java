package io.idem.statistics;

/**
 * Interval of an effect. A one-sided interval has an infinite bound; JSON output writes it as null.
 *
 * @param lower lower bound, or negative infinity
 * @param upper upper bound, or positive infinity
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("interval bounds must not be NaN, got [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower bound " + lower + " exceeds upper bound " + upper);
        }
    }

    /** Returns whether the value lies inside the closed interval. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
