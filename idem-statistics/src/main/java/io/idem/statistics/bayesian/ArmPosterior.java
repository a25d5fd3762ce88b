package io.idem.statistics.bayesian;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Interval;

/**
 * Posterior of one arm's rate or mean.
 *
 * @param mean posterior mean
 * @param standardDeviation posterior standard deviation
 * @param credibleInterval equal-tailed credible interval with mass 1 - alpha
 */
public record ArmPosterior(double mean, double standardDeviation, Interval credibleInterval) {

    public ArmPosterior {
        requireNonNull(credibleInterval, "credibleInterval is null");
        if (!Double.isFinite(mean) || !Double.isFinite(standardDeviation) || standardDeviation < 0) {
            throw new IllegalArgumentException("posterior mean and standard deviation must be finite, got mean "
                    + mean + " and standard deviation " + standardDeviation);
        }
    }
}
