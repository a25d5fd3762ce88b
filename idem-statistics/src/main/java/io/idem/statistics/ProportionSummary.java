package io.idem.statistics;

/**
 * Conversion counts of one arm, for example accounts that expanded within N days.
 *
 * @param n accounts in the arm, 0 or more
 * @param conversions accounts that converted, between 0 and n
 */
public record ProportionSummary(long n, long conversions) {

    public ProportionSummary {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n + "; pass the number of accounts in the arm");
        }
        if (conversions < 0 || conversions > n) {
            throw new IllegalArgumentException("conversions must be between 0 and n = " + n + ", got " + conversions
                    + "; count each converted account once");
        }
    }

    /** Returns the conversion rate, or 0 for an empty arm. */
    public double rate() {
        return n == 0 ? 0.0 : (double) conversions / n;
    }

    /**
     * Returns the same arm as a continuous metric with values 0 and 1. The variance uses the
     * maximum-likelihood form p(1 - p), which the z-test and the delta method expect.
     */
    public MeanSummary asBernoulliMean() {
        double rate = rate();
        return new MeanSummary(n, rate, rate * (1 - rate));
    }
}
