package io.idem.statistics.power;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sample size and power of the two-sample t-test for a difference in means with a common standard
 * deviation sigma.
 *
 * <p>The power is P(T' > t_crit) for T' noncentral t with df = n_c + n_t - 2 and noncentrality
 * lambda = |delta| / (sigma sqrt(1/n_c + 1/n_t)), with t_crit the Student t quantile for 1 - alpha/2
 * (two-sided) or 1 - alpha (one-sided). Only the tail in the direction of the effect counts, as in R's
 * {@code power.t.test} with {@code strict = FALSE}. The exact control n solves power(n, k n) = target by
 * Brent's method, so it matches R's fractional n; the arms are then rounded up.
 */
public final class MeanPower {

    public static final String METHOD = "two-sample t-test, noncentral t";

    private static final Logger LOG = LoggerFactory.getLogger(MeanPower.class);
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final double MINIMUM_ARM = 2;
    private static final int MAX_DOUBLINGS = 40;

    private MeanPower() {
    }

    /**
     * Returns the accounts per arm needed to detect the effect with the target power.
     *
     * @param baselineMean control mean; used only when {@code relative}
     * @param minimumDetectableEffect treatment minus control mean, or the relative lift when {@code relative}
     * @param standardDeviation per-account standard deviation of the metric, > 0
     */
    public static PowerResult sampleSize(double baselineMean, double minimumDetectableEffect, boolean relative,
            double standardDeviation, PowerSettings settings) {
        EffectCheck check = EffectCheck.ofMeans(baselineMean, minimumDetectableEffect, relative,
                settings.alternative());
        String problem = check.problem() != null ? check.problem() : checkDeviation(standardDeviation);
        if (problem == null && settings.power() <= settings.tailAlpha()) {
            problem = "power " + settings.power() + " must exceed the one-tail alpha " + settings.tailAlpha();
        }
        if (problem != null) {
            return PowerResult.invalid(problem, METHOD, settings.alpha(), settings.alternative());
        }

        double delta = check.absoluteEffect();
        double k = settings.allocationRatio();
        try {
            double exact = solveControlN(Math.abs(delta) / standardDeviation, k, settings);
            long controlN = (long) Math.ceil(exact);
            long treatmentN = Math.max((long) MINIMUM_ARM, (long) Math.ceil(k * exact));
            double achieved = powerAt(Math.abs(delta) / standardDeviation, controlN, treatmentN, settings.tailAlpha());
            String reason = exact == smallestControlN(k) ? "the target power is reached at the smallest design with"
                    + " 2 accounts in each arm" : "";
            return new PowerResult(Status.OK, reason, METHOD, settings.alpha(), settings.alternative(), delta,
                    settings.power(), exact, controlN, treatmentN, controlN + treatmentN, achieved);
        } catch (MathRuntimeException e) {
            LOG.warn("t-test sample size failed for effect {}, standard deviation {} and settings {}", delta,
                    standardDeviation, settings, e);
            return notComputed(e, settings.alpha(), settings.alternative());
        }
    }

    /** Returns the power of a design with the given arm sizes, each at least 2. */
    public static PowerResult power(double baselineMean, double minimumDetectableEffect, boolean relative,
            double standardDeviation, long controlN, long treatmentN, double alpha, Alternative alternative) {
        if (!(alpha > 0 && alpha < 1)) {
            return PowerResult.invalid("alpha must be strictly between 0 and 1, got " + alpha, METHOD, alpha,
                    alternative);
        }
        EffectCheck check = EffectCheck.ofMeans(baselineMean, minimumDetectableEffect, relative, alternative);
        String problem = check.problem() != null ? check.problem() : checkDeviation(standardDeviation);
        if (problem == null && (controlN < MINIMUM_ARM || treatmentN < MINIMUM_ARM)) {
            problem = "both arms need at least 2 accounts for a t-test, got control " + controlN + " and treatment "
                    + treatmentN;
        }
        if (problem != null) {
            return PowerResult.invalid(problem, METHOD, alpha, alternative);
        }

        try {
            double power = powerAt(Math.abs(check.absoluteEffect()) / standardDeviation, controlN, treatmentN,
                    PowerSettings.tailAlpha(alpha, alternative));
            return new PowerResult(Status.OK, "", METHOD, alpha, alternative, check.absoluteEffect(), null, null,
                    controlN, treatmentN, controlN + treatmentN, power);
        } catch (MathRuntimeException e) {
            LOG.warn("t-test power failed for effect {}, standard deviation {} and arms {} and {}",
                    check.absoluteEffect(), standardDeviation, controlN, treatmentN, e);
            return notComputed(e, alpha, alternative);
        }
    }

    private static PowerResult notComputed(MathRuntimeException e, double alpha, Alternative alternative) {
        return new PowerResult(Status.DEGENERATE, "numerical integration of the noncentral t did not converge: "
                + e.getMessage(), METHOD, alpha, alternative, null, null, null, null, null, null, null);
    }

    /** Returns the smallest control n for which both arms have at least 2 accounts. */
    private static double smallestControlN(double k) {
        return Math.max(MINIMUM_ARM, MINIMUM_ARM / k);
    }

    private static String checkDeviation(double standardDeviation) {
        if (!(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
            return "standard deviation must be finite and > 0, got " + standardDeviation;
        }
        return null;
    }

    static double powerAt(double standardizedEffect, double controlN, double treatmentN, double tailAlpha) {
        double df = controlN + treatmentN - 2;
        double noncentrality = standardizedEffect / Math.sqrt(1 / controlN + 1 / treatmentN);
        double critical = new TDistribution(df).inverseCumulativeProbability(1 - tailAlpha);
        return NoncentralT.upperTail(df, noncentrality, critical);
    }

    /**
     * Solves power(n, k n) = target for real n with both arms at least 2. The bracket starts from twice
     * the normal-approximation n = (z_alpha + z_power)^2 (1 + 1/k) / d^2, which the t-based n exceeds only
     * slightly.
     */
    private static double solveControlN(double standardizedEffect, double k, PowerSettings settings) {
        double target = settings.power();
        double tailAlpha = settings.tailAlpha();
        double lower = smallestControlN(k);
        if (powerAt(standardizedEffect, lower, k * lower, tailAlpha) >= target) {
            return lower;
        }

        double zSum = STANDARD_NORMAL.inverseCumulativeProbability(1 - tailAlpha)
                + STANDARD_NORMAL.inverseCumulativeProbability(target);
        double upper = Math.max(2 * lower, 2 * zSum * zSum * (1 + 1 / k) / (standardizedEffect * standardizedEffect));
        for (int doubling = 0; doubling < MAX_DOUBLINGS
                && powerAt(standardizedEffect, upper, k * upper, tailAlpha) < target; doubling++) {
            upper *= 2;
        }
        return new BrentSolver(1e-10).solve(200,
                n -> powerAt(standardizedEffect, n, k * n, tailAlpha) - target, lower, upper);
    }
}
