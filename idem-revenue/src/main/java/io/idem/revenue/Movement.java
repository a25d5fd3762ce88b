package io.idem.revenue;

import java.util.Locale;

/** Change of an account's MRR from one month to the next. */
public enum Movement {
    NEW,
    EXPANSION,
    CONTRACTION,
    CHURN,
    REACTIVATION;

    /** Returns the name used in output files, for example {@code reactivation}. */
    public String outputName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Classifies the change from {@code previous} to {@code current} MRR (non-negative amounts).
     * Going from 0 to positive is new the first time and reactivation after that, which
     * {@code payingBefore} distinguishes.
     *
     * @return the movement, or null when the MRR is unchanged
     */
    public static Movement between(long previous, long current, boolean payingBefore) {
        if (previous == current) {
            return null;
        }
        if (previous == 0) {
            return payingBefore ? REACTIVATION : NEW;
        }
        if (current == 0) {
            return CHURN;
        }
        return current > previous ? EXPANSION : CONTRACTION;
    }
}
