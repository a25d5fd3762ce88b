package io.idem.propensity.snapshot;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The label of a snapshot row: whether the account took the offer between {@code windowStart} and
 * {@code windowEnd}, both inclusive.
 */
public record Outcome(boolean took, LocalDate windowStart, LocalDate windowEnd) {

    public Outcome {
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("outcome window ends on " + windowEnd + ", before it starts on "
                    + windowStart);
        }
    }

    /**
     * Returns the outcome over the {@code days} days after {@code snapshotDate}: from the next day through
     * {@code snapshotDate + days}. The snapshot day itself belongs to the features.
     */
    public static Outcome within(LocalDate snapshotDate, int days, boolean took) {
        if (days < 1) {
            throw new IllegalArgumentException("outcome window of " + days + " days; give at least 1 day");
        }
        return new Outcome(took, snapshotDate.plusDays(1), snapshotDate.plusDays(days));
    }
}
