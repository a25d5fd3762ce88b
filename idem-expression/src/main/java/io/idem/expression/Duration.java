package io.idem.expression;

/**
 * A duration value: a whole number of days, possibly negative ({@code d1 - d2} when d1 is earlier).
 * Named after the expression type; unrelated to {@link java.time.Duration}, which measures seconds.
 */
public record Duration(long days) implements Comparable<Duration> {

    public static Duration ofDays(long days) {
        return new Duration(days);
    }

    @Override
    public int compareTo(Duration other) {
        return Long.compare(days, other.days);
    }

    @Override
    public String toString() {
        return days + "d";
    }
}
