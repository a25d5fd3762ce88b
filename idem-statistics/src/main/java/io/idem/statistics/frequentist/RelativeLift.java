package io.idem.statistics.frequentist;

import io.idem.statistics.Effect;
import io.idem.statistics.TestSettings;
import org.hipparchus.distribution.RealDistribution;

/**
 * Relative lift treatment / control - 1 with a delta-method interval.
 *
 * <p>For the ratio of two independent sample means, a first-order Taylor expansion around the
 * population means (the delta method) gives Var(m_t / m_c) ~ Var(m_t) / m_c^2 + m_t^2 Var(m_c) / m_c^4,
 * evaluated here at the sample means. The interval is symmetric around the observed lift and uses the
 * same reference distribution as the absolute interval of the test.
 */
final class RelativeLift {

    private RelativeLift() {
    }

    /**
     * Returns the relative effect, or null when the control mean is 0 and the ratio is undefined.
     *
     * @param varianceOfControlMean variance of the control sample mean, s^2 / n
     * @param varianceOfTreatmentMean variance of the treatment sample mean, s^2 / n
     */
    static Effect of(double controlMean, double varianceOfControlMean, double treatmentMean,
            double varianceOfTreatmentMean, RealDistribution distribution, TestSettings settings) {
        if (controlMean == 0) {
            return null;
        }

        double lift = treatmentMean / controlMean - 1;
        double controlSquared = controlMean * controlMean;
        double variance = varianceOfTreatmentMean / controlSquared
                + treatmentMean * treatmentMean * varianceOfControlMean / (controlSquared * controlSquared);
        double standardError = Math.sqrt(variance);

        return new Effect(lift, standardError,
                TailProbabilities.interval(distribution, lift, standardError, settings));
    }
}
