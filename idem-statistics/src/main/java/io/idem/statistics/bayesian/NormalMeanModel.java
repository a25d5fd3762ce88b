package io.idem.statistics.bayesian;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Interval;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Normal approximation for comparing two means: chance to beat control and expected loss per arm.
 *
 * <p>With a flat prior, each arm's mean has the approximate posterior N(m, s^2 / n), so the difference
 * D = mu_t - mu_c is N(d, v) with d = m_t - m_c and v = s_t^2/n_t + s_c^2/n_c. Then, with sigma = sqrt(v),
 * P(D > 0) = Phi(d / sigma), and the expected losses are the normal partial expectations
 * E[max(-D, 0)] = sigma phi(d / sigma) - d Phi(-d / sigma) (risk of the treatment) and
 * E[max(D, 0)] = sigma phi(d / sigma) + d Phi(d / sigma) (risk of the control). All values are closed
 * form; nothing is sampled.
 */
public final class NormalMeanModel {

    public static final String METHOD = "normal approximation";

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private NormalMeanModel() {
    }

    /**
     * Compares treatment against control.
     *
     * @param credibleIntervalAlpha tail mass outside each arm's equal-tailed credible interval, in (0, 1)
     * @return an OK result, or DEGENERATE with null numbers when an arm has fewer than 2 accounts or both
     *     arms have zero variance
     */
    public static BayesianResult compare(MeanSummary control, MeanSummary treatment, double credibleIntervalAlpha) {
        requireNonNull(control, "control is null");
        requireNonNull(treatment, "treatment is null");
        if (!(credibleIntervalAlpha > 0 && credibleIntervalAlpha < 1)) {
            return BayesianResult.notComputed(Status.INVALID_INPUT, "alpha must be strictly between 0 and 1, got "
                    + credibleIntervalAlpha, METHOD);
        }
        if (control.n() < 2 || treatment.n() < 2) {
            String arm = control.n() < 2 ? "control" : "treatment";
            long n = control.n() < 2 ? control.n() : treatment.n();
            return BayesianResult.notComputed(Status.DEGENERATE,
                    arm + " arm has n = " + n + "; the posterior variance needs at least 2 accounts per arm", METHOD);
        }
        double variance = control.varianceOfMean() + treatment.varianceOfMean();
        if (variance == 0) {
            return BayesianResult.notComputed(Status.DEGENERATE,
                    "both arms have zero variance, so the posterior of the difference is a point mass", METHOD);
        }

        double difference = treatment.mean() - control.mean();
        double sigma = Math.sqrt(variance);
        double standardized = difference / sigma;
        double density = STANDARD_NORMAL.density(standardized);
        double chance = STANDARD_NORMAL.cumulativeProbability(standardized);
        double treatmentRisk = Math.max(0,
                sigma * density - difference * STANDARD_NORMAL.cumulativeProbability(-standardized));
        double controlRisk = Math.max(0, sigma * density + difference * chance);

        return new BayesianResult(Status.OK, "", METHOD,
                summarise(control, credibleIntervalAlpha), summarise(treatment, credibleIntervalAlpha),
                chance, controlRisk, treatmentRisk);
    }

    private static ArmPosterior summarise(MeanSummary arm, double alpha) {
        double standardDeviation = Math.sqrt(arm.varianceOfMean());
        double q = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        return new ArmPosterior(arm.mean(), standardDeviation,
                new Interval(arm.mean() - q * standardDeviation, arm.mean() + q * standardDeviation));
    }
}
