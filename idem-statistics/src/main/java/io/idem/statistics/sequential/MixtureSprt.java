package io.idem.statistics.sequential;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Alternative;
import io.idem.statistics.Interval;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestSettings;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Mixture sequential probability ratio test with a normal mixing distribution, for the difference of
 * two means or two proportions (Johari, Pekelis and Walsh, "Always Valid Inference: Continuous
 * Monitoring of A/B Tests", arXiv:1512.04922; Operations Research 70(3), 2022).
 *
 * <p>For a difference estimate d with variance s^2 = v_t/n_t + v_c/n_c and mixing distribution
 * N(theta0, tau^2) over the true difference, the mixture likelihood ratio against theta0 is
 * Lambda = sqrt(s^2 / (s^2 + tau^2)) exp(tau^2 (d - theta0)^2 / (2 s^2 (s^2 + tau^2))). With equal arms
 * of n accounts and per-pair variance V, s^2 = V / n and this is the paper's two-stream normal mSPRT,
 * sqrt(V / (V + n tau^2)) exp(n^2 tau^2 (d - theta0)^2 / (2 V (V + n tau^2))). Lambda is a martingale under
 * theta0, so by Ville's inequality P(Lambda ever reaches 1/alpha) <= alpha: p = min(1, 1/Lambda) is an
 * always-valid p-value and {theta0 : Lambda(theta0) < 1/alpha} an always-valid confidence sequence,
 * d +- sqrt(2 s^2 (s^2 + tau^2) / tau^2 * (ln(1/alpha) + ln((s^2 + tau^2) / s^2) / 2)).
 *
 * <p>NOTE: the variances are plug-in sample estimates rather than known values, so the guarantee is
 * approximate for small arms; the simulation tests measure the error rate from 50 accounts per arm on.
 *
 * @param tauSquared mixing variance, in squared units of the difference; fix it before the experiment
 *     starts, for example with {@link #tauSquaredFor}
 */
public record MixtureSprt(double tauSquared) {

    public static final String METHOD = "mSPRT (normal mixture)";

    public MixtureSprt {
        if (!(tauSquared > 0) || Double.isInfinite(tauSquared)) {
            throw new IllegalArgumentException("tau^2 must be finite and > 0, got " + tauSquared
                    + "; use MixtureSprt.tauSquaredFor to derive it from the planned sample size");
        }
    }

    /**
     * Returns the tau^2 that makes the confidence sequence narrowest when the variance of the difference
     * is {@code plannedVariance}, the value expected at the sample size where a decision is likely.
     *
     * <p>With r = tau^2 / s^2 the squared half-width is s^2 (1 + 1/r)(2 ln(1/alpha) + ln(1 + r)); setting
     * its derivative in r to 0 gives r = 2 ln(1/alpha) + ln(1 + r), solved here exactly. One fixed-point
     * step from r = 2 ln(1/alpha) gives the tuning formula GrowthBook documents for its sequential mode.
     */
    public static double tauSquaredFor(double plannedVariance, double alpha) {
        if (!(plannedVariance > 0) || Double.isInfinite(plannedVariance)) {
            throw new IllegalArgumentException("planned variance of the difference must be finite and > 0, got "
                    + plannedVariance);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha);
        }
        double logInverseAlpha = -Math.log(alpha);
        double ratio = new BrentSolver(1e-14).solve(100,
                r -> r - 2 * logInverseAlpha - Math.log1p(r),
                2 * logInverseAlpha, 4 * logInverseAlpha + 10);
        return ratio * plannedVariance;
    }

    /** Tests equal conversion rates; the variance of each rate is the plug-in p (1 - p) / n. */
    public SequentialResult proportions(ProportionSummary control, ProportionSummary treatment,
            TestSettings settings) {
        requireNonNull(control, "control is null");
        requireNonNull(treatment, "treatment is null");
        return means(control.asBernoulliMean(), treatment.asBernoulliMean(), settings);
    }

    /** Tests equal means from summary statistics. */
    public SequentialResult means(MeanSummary control, MeanSummary treatment, TestSettings settings) {
        requireNonNull(control, "control is null");
        requireNonNull(treatment, "treatment is null");
        requireNonNull(settings, "settings is null");
        Double controlEstimate = control.n() == 0 ? null : control.mean();
        Double treatmentEstimate = treatment.n() == 0 ? null : treatment.mean();
        if (settings.alternative() != Alternative.TWO_SIDED) {
            return SequentialResult.notComputed(Status.INVALID_INPUT, "the mSPRT with a normal mixture centred on 0"
                    + " is two-sided; use alternative two-sided, got " + settings.alternative().label(),
                    settings.alpha(), tauSquared, controlEstimate, treatmentEstimate);
        }
        if (control.n() == 0 || treatment.n() == 0) {
            String arm = control.n() == 0 ? "control" : "treatment";
            return SequentialResult.notComputed(Status.DEGENERATE, arm + " arm has n = 0",
                    settings.alpha(), tauSquared, controlEstimate, treatmentEstimate);
        }
        double variance = control.varianceOfMean() + treatment.varianceOfMean();
        if (variance == 0) {
            return SequentialResult.notComputed(Status.DEGENERATE,
                    "both arms have zero variance, so the likelihood ratio is undefined",
                    settings.alpha(), tauSquared, controlEstimate, treatmentEstimate);
        }

        double difference = treatment.mean() - control.mean();
        return evaluate(difference, variance, settings.alpha(), controlEstimate, treatmentEstimate);
    }

    private SequentialResult evaluate(double difference, double variance, double alpha, Double controlEstimate,
            Double treatmentEstimate) {
        double spread = variance + tauSquared;
        double logLikelihoodRatio = 0.5 * Math.log(variance / spread)
                + tauSquared * difference * difference / (2 * variance * spread);
        double pValue = Math.min(1.0, Math.exp(-logLikelihoodRatio));

        double halfWidth = Math.sqrt(2 * variance * spread / tauSquared
                * (-Math.log(alpha) + 0.5 * Math.log(spread / variance)));
        Interval sequence = new Interval(difference - halfWidth, difference + halfWidth);

        return new SequentialResult(Status.OK, "", METHOD, alpha, tauSquared, controlEstimate, treatmentEstimate,
                difference, Math.sqrt(variance), logLikelihoodRatio, pValue, sequence, pValue <= alpha);
    }
}
