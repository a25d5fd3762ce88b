package io.idem.revenue;

import java.util.Locale;

/** Change of an account's MRR between two observations: consecutive month ends, or consecutive change days in the ledger. */
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
     * Going from 0 to positive is reactivation when {@code returning} and new otherwise. The caller
     * decides: an account that paid before is returning, unless a reactivation window is set and it
     * came back later than the window allows.
     *
     * @return the movement, or null when the MRR is unchanged
     */
    public static Movement between(long previous, long current, boolean returning) {
        if (previous == current) {
            return null;
        }
        if (previous == 0) {
            return returning ? REACTIVATION : NEW;
        }
        if (current == 0) {
            return CHURN;
        }
        return current > previous ? EXPANSION : CONTRACTION;
    }
}
