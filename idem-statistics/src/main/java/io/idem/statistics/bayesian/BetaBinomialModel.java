package io.idem.statistics.bayesian;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Interval;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.special.Beta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beta-binomial comparison of two conversion rates: chance to beat control and expected loss per arm.
 *
 * <p>With a Beta(a0, b0) prior and x conversions out of n, the posterior of the rate is
 * Beta(a0 + x, b0 + n - x). The chance to beat control is P(p_t > p_c) and the risk of shipping an arm
 * is the expected amount by which the other arm's rate exceeds it, E[max(p_other - p_arm, 0)]
 * (Stucchio, "A Bayesian decision rule for A/B testing", 2014, the stopping rule's loss function).
 *
 * <p>Both are one-dimensional integrals because the inner expectation has a closed form:
 * P(W > z) = 1 - I_z(a, b) and E[max(W - z, 0)] = m (1 - I_z(a + 1, b)) - z (1 - I_z(a, b)), where
 * I is the regularized incomplete beta function and m = a / (a + b) the mean of W. The outer expectation
 * runs over the narrower posterior, across whose range the wider one varies slowly, so the integrand has
 * no sharp step. {@link BetaExpectation} computes it with Hipparchus' iterative Gauss-Legendre integrator
 * at a relative accuracy of 1e-10; no Monte Carlo draws are used.
 */
public final class BetaBinomialModel {

    public static final String METHOD = "beta-binomial";

    private static final Logger LOG = LoggerFactory.getLogger(BetaBinomialModel.class);

    private BetaBinomialModel() {
    }

    /**
     * Compares treatment against control under the same prior for both arms.
     *
     * @param credibleIntervalAlpha tail mass outside each arm's equal-tailed credible interval, in (0, 1)
     * @return an OK result, or DEGENERATE with the prior-only posterior when an arm has n = 0 and with
     *     null numbers when the integration fails
     */
    public static BayesianResult compare(ProportionSummary control, ProportionSummary treatment, BetaPrior prior,
            double credibleIntervalAlpha) {
        requireNonNull(control, "control is null");
        requireNonNull(treatment, "treatment is null");
        requireNonNull(prior, "prior is null");
        if (!(credibleIntervalAlpha > 0 && credibleIntervalAlpha < 1)) {
            return BayesianResult.notComputed(Status.INVALID_INPUT, "alpha must be strictly between 0 and 1, got "
                    + credibleIntervalAlpha, METHOD);
        }

        BetaDistribution controlPosterior = posterior(control, prior);
        BetaDistribution treatmentPosterior = posterior(treatment, prior);
        try {
            PairwiseLoss loss = pairwiseLoss(controlPosterior, treatmentPosterior);
            List<String> emptyArms = new ArrayList<>();
            if (control.n() == 0) {
                emptyArms.add("control arm has n = 0, so its posterior is the prior");
            }
            if (treatment.n() == 0) {
                emptyArms.add("treatment arm has n = 0, so its posterior is the prior");
            }
            Status status = emptyArms.isEmpty() ? Status.OK : Status.DEGENERATE;
            return new BayesianResult(status, String.join("; ", emptyArms), METHOD,
                    summarise(controlPosterior, credibleIntervalAlpha),
                    summarise(treatmentPosterior, credibleIntervalAlpha),
                    loss.chanceToBeatControl(), loss.controlRisk(), loss.treatmentRisk());
        } catch (MathRuntimeException e) {
            LOG.warn("beta-binomial integration failed for control {} and treatment {} with prior {}",
                    control, treatment, prior, e);
            return BayesianResult.notComputed(Status.DEGENERATE,
                    "numerical integration did not converge: " + e.getMessage(), METHOD);
        }
    }

    private static BetaDistribution posterior(ProportionSummary arm, BetaPrior prior) {
        return new BetaDistribution(prior.alpha() + arm.conversions(),
                prior.beta() + arm.n() - arm.conversions(), BetaExpectation.INVERSE_ACCURACY);
    }

    private static ArmPosterior summarise(BetaDistribution posterior, double alpha) {
        Interval interval = new Interval(posterior.inverseCumulativeProbability(alpha / 2),
                posterior.inverseCumulativeProbability(1 - alpha / 2));
        return new ArmPosterior(posterior.getNumericalMean(), Math.sqrt(posterior.getNumericalVariance()), interval);
    }

    /**
     * Integrates over the density of the narrower posterior and evaluates the other one in closed form,
     * so the integrand never contains a sharp step.
     */
    private static PairwiseLoss pairwiseLoss(BetaDistribution control, BetaDistribution treatment) {
        boolean controlIsNarrower = control.getNumericalVariance() <= treatment.getNumericalVariance();
        if (controlIsNarrower) {
            BetaDistribution inner = treatment;
            double chance = BetaExpectation.of(control, z -> upperTail(inner, z));
            double treatmentRisk = BetaExpectation.of(control, z -> expectedShortfall(inner, z));
            double controlRisk = BetaExpectation.of(control, z -> expectedExcess(inner, z));
            return new PairwiseLoss(chance, controlRisk, treatmentRisk);
        }

        BetaDistribution inner = control;
        double chance = BetaExpectation.of(treatment, z -> 1 - upperTail(inner, z));
        double treatmentRisk = BetaExpectation.of(treatment, z -> expectedExcess(inner, z));
        double controlRisk = BetaExpectation.of(treatment, z -> expectedShortfall(inner, z));
        return new PairwiseLoss(chance, controlRisk, treatmentRisk);
    }

    /** P(W > z), computed as I_{1-z}(b, a) so small tails keep their digits. */
    private static double upperTail(BetaDistribution w, double z) {
        return Beta.regularizedBeta(1 - z, w.getBeta(), w.getAlpha());
    }

    /** E[max(W - z, 0)] = m P(W' > z) - z P(W > z), with W' ~ Beta(a + 1, b) from x f(x) = m f'(x). */
    private static double expectedExcess(BetaDistribution w, double z) {
        double mean = w.getNumericalMean();
        double value = mean * Beta.regularizedBeta(1 - z, w.getBeta(), w.getAlpha() + 1) - z * upperTail(w, z);
        return Math.max(0, value);
    }

    /** E[max(z - W, 0)] = z P(W < z) - m P(W' < z). */
    private static double expectedShortfall(BetaDistribution w, double z) {
        double mean = w.getNumericalMean();
        double value = z * Beta.regularizedBeta(z, w.getAlpha(), w.getBeta())
                - mean * Beta.regularizedBeta(z, w.getAlpha() + 1, w.getBeta());
        return Math.max(0, value);
    }

    /** Chance and risks; numerical integration can overshoot [0, 1] by rounding (1 + 7e-13 seen), so the chance is clamped. */
    private record PairwiseLoss(double chanceToBeatControl, double controlRisk, double treatmentRisk) {
        PairwiseLoss {
            chanceToBeatControl = Math.max(0.0, Math.min(1.0, chanceToBeatControl));
        }
    }
}
