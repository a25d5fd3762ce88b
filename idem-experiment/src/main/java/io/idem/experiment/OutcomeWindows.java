package io.idem.experiment;

/**
 * Outcome windows of an experiment, counted in days from each account's exposure date.
 *
 * @param conversionDays an account converts when its MRR at exposure plus this many days exceeds its MRR at
 *     exposure; 1 to 3650
 * @param expansionMrrDays expansion MRR is the MRR gained from exposure to exposure plus this many days; 1 to
 *     3650
 */
public record OutcomeWindows(int conversionDays, int expansionMrrDays) {

    /** Upper bound of a window, ten years, so date arithmetic never leaves the range of a SQL DATE. */
    public static final int MAX_DAYS = 3650;

    public OutcomeWindows {
        requireDays("conversion window", conversionDays);
        requireDays("expansion MRR window", expansionMrrDays);
    }

    private static void requireDays(String name, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_DAYS + " days, got " + days
                    + "; use 90 for a quarter");
        }
    }
}
