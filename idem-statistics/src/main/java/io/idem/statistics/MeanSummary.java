package io.idem.statistics;

/**
 * Sufficient statistics of a continuous metric in one arm, for example expansion MRR per account.
 *
 * @param n accounts in the arm, 0 or more
 * @param mean sample mean; ignored when n = 0
 * @param variance sample variance (denominator n - 1), 0 or more
 */
public record MeanSummary(long n, double mean, double variance) {

    public MeanSummary {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n + "; pass the number of accounts in the arm");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be a finite number, got " + mean);
        }
        if (!Double.isFinite(variance) || variance < 0) {
            throw new IllegalArgumentException("variance must be finite and >= 0, got " + variance
                    + "; pass the sample variance, the square of the standard deviation");
        }
    }

    /** Returns the variance of the sample mean, variance / n; callers check n > 0 first. */
    public double varianceOfMean() {
        return variance / n;
    }
}
