package io.idem.lifetimevalue.contractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.FitFailure;
import java.util.Arrays;

/**
 * Number of customers of one cohort still under contract at the start (period 0) and at the end of each period.
 *
 * <p>{@code counts[0]} is the cohort size, {@code counts[t]} the customers who renewed t times. Customers lost
 * in period t are {@code counts[t-1] - counts[t]}; {@code counts[periods()]} customers are still active, so their
 * duration is right-censored.
 *
 * @throws InvalidSurvivorCountsException if there are fewer than {@link #MIN_PERIODS} periods, the cohort size is
 *     not positive, a count is negative or larger than the one before it, or no customer was lost
 */
public record SurvivorCounts(long[] counts) {
    /** The sBG model has two parameters, so two churn counts are the least that can identify them. */
    public static final int MIN_PERIODS = 2;

    public SurvivorCounts {
        counts = requireNonNull(counts, "counts is null").clone();
        if (counts.length < MIN_PERIODS + 1) {
            throw new InvalidSurvivorCountsException(FitFailure.TOO_FEW_OBSERVATIONS, -1, counts.length, String.format(
                    "got %d survivor counts, but the two sBG parameters need the cohort size and at least %d "
                            + "later counts; supply one count per period", counts.length, MIN_PERIODS));
        }
        if (counts[0] <= 0) {
            throw new InvalidSurvivorCountsException(FitFailure.INVALID_DATA, 0, counts[0],
                    "cohort size " + counts[0] + " is not positive; the first count is the number of customers "
                            + "acquired at the start of period 1");
        }
        for (int t = 1; t < counts.length; t++) {
            if (counts[t] < 0) {
                throw new InvalidSurvivorCountsException(FitFailure.INVALID_DATA, t, counts[t],
                        "survivor count " + counts[t] + " at the end of period " + t + " is negative");
            }
            if (counts[t] > counts[t - 1]) {
                throw new InvalidSurvivorCountsException(FitFailure.INVALID_DATA, t, counts[t], String.format(
                        "survivor count %d at the end of period %d is larger than %d at the end of period %d; "
                                + "counts of one cohort cannot increase, so new customers belong in another cohort",
                        counts[t], t, counts[t - 1], t - 1));
            }
        }
        if (counts[counts.length - 1] == counts[0]) {
            throw new InvalidSurvivorCountsException(FitFailure.INVALID_DATA, counts.length - 1,
                    counts[counts.length - 1], "no customer was lost in " + (counts.length - 1)
                            + " periods, so the churn probability cannot be estimated");
        }
    }

    /** Creates counts from the cohort size followed by the survivors at the end of each period. */
    public static SurvivorCounts of(long... counts) {
        return new SurvivorCounts(counts);
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    public int periods() {
        return counts.length - 1;
    }

    public long cohortSize() {
        return counts[0];
    }

    /** Returns the survivors at the end of {@code period}, 0 being the cohort size. */
    public long survivors(int period) {
        return counts[period];
    }

    /** Returns the customers lost in {@code period}, between 1 and {@link #periods()}. */
    public long lost(int period) {
        if (period < 1 || period > periods()) {
            throw new IllegalArgumentException("period must be in [1, " + periods() + "], got " + period);
        }
        return counts[period - 1] - counts[period];
    }

    /** Returns the counts of the first {@code periods} periods, to fit on a shorter history. */
    public SurvivorCounts firstPeriods(int periods) {
        if (periods < MIN_PERIODS || periods > periods()) {
            throw new IllegalArgumentException(
                    "periods must be in [" + MIN_PERIODS + ", " + periods() + "], got " + periods);
        }
        return new SurvivorCounts(Arrays.copyOf(counts, periods + 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurvivorCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "SurvivorCounts" + Arrays.toString(counts);
    }
}
