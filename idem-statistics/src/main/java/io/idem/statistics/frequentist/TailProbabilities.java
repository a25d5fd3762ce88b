package io.idem.statistics.frequentist;

import io.idem.statistics.Interval;
import io.idem.statistics.TestSettings;
import org.hipparchus.distribution.RealDistribution;

/**
 * P-values and confidence intervals for a statistic with a distribution symmetric around 0, such as the
 * standard normal or Student's t.
 */
final class TailProbabilities {

    private TailProbabilities() {
    }

    /**
     * Returns the p-value of the statistic. Tail areas are read from the lower tail, F(-|x|), because
     * 1 - F(x) loses all digits once F(x) rounds to 1.
     */
    static double pValue(RealDistribution distribution, double statistic, TestSettings settings) {
        double p = switch (settings.alternative()) {
            case TWO_SIDED -> 2 * distribution.cumulativeProbability(-Math.abs(statistic));
            case GREATER -> distribution.cumulativeProbability(-statistic);
            case LESS -> distribution.cumulativeProbability(statistic);
        };
        return Math.min(1.0, p);
    }

    /**
     * Returns the Wald interval estimate +- q * standardError, with q the quantile for 1 - alpha/2
     * (two-sided) or 1 - alpha (one-sided). A one-sided interval is unbounded on the side of the
     * alternative.
     */
    static Interval interval(RealDistribution distribution, double estimate, double standardError,
            TestSettings settings) {
        double alpha = settings.alpha();
        return switch (settings.alternative()) {
            case TWO_SIDED -> {
                double q = distribution.inverseCumulativeProbability(1 - alpha / 2);
                yield new Interval(estimate - q * standardError, estimate + q * standardError);
            }
            case GREATER -> new Interval(
                    estimate - distribution.inverseCumulativeProbability(1 - alpha) * standardError,
                    Double.POSITIVE_INFINITY);
            case LESS -> new Interval(
                    Double.NEGATIVE_INFINITY,
                    estimate + distribution.inverseCumulativeProbability(1 - alpha) * standardError);
        };
    }
}
