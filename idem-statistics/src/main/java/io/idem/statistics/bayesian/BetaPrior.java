package io.idem.statistics.bayesian;

/**
 * Beta prior on a conversion rate, the same for every arm.
 *
 * @param alpha first shape parameter, pseudo-count of conversions; > 0
 * @param beta second shape parameter, pseudo-count of non-conversions; > 0
 */
public record BetaPrior(double alpha, double beta) {

    public BetaPrior {
        if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta prior parameters must be finite and > 0, got alpha = " + alpha
                    + " and beta = " + beta + "; use 1 and 1 for a uniform prior");
        }
    }

    /** Returns the uniform prior Beta(1, 1). */
    public static BetaPrior uniform() {
        return new BetaPrior(1, 1);
    }
}
