package io.idem.statistics.power;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

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
        double exact = solveControlN(Math.abs(delta) / standardDeviation, k, settings);
        long controlN = (long) Math.ceil(exact);
        long treatmentN = Math.max((long) MINIMUM_ARM, (long) Math.ceil(k * exact));
        double achieved = powerAt(Math.abs(delta) / standardDeviation, controlN, treatmentN, settings.tailAlpha());
        String reason = exact == MINIMUM_ARM ? "the target power is reached at the minimum of 2 accounts per arm" : "";
        return new PowerResult(Status.OK, reason, METHOD, settings.alpha(), settings.alternative(), delta,
                settings.power(), exact, controlN, treatmentN, controlN + treatmentN, achieved);
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

        double power = powerAt(Math.abs(check.absoluteEffect()) / standardDeviation, controlN, treatmentN,
                PowerSettings.tailAlpha(alpha, alternative));
        return new PowerResult(Status.OK, "", METHOD, alpha, alternative, check.absoluteEffect(), null, null,
                controlN, treatmentN, controlN + treatmentN, power);
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
     * Solves power(n, k n) = target for real n >= 2, bracketing from the normal-approximation
     * n = (z_alpha + z_power)^2 (1 + 1/k) / d^2, which the t-based n exceeds only slightly.
     */
    private static double solveControlN(double standardizedEffect, double k, PowerSettings settings) {
        double target = settings.power();
        double tailAlpha = settings.tailAlpha();
        if (powerAt(standardizedEffect, MINIMUM_ARM, k * MINIMUM_ARM, tailAlpha) >= target) {
            return MINIMUM_ARM;
        }

        double zSum = STANDARD_NORMAL.inverseCumulativeProbability(1 - tailAlpha)
                + STANDARD_NORMAL.inverseCumulativeProbability(target);
        double upper = Math.max(2 * MINIMUM_ARM, 2 * zSum * zSum * (1 + 1 / k) / (standardizedEffect * standardizedEffect));
        for (int doubling = 0; doubling < MAX_DOUBLINGS
                && powerAt(standardizedEffect, upper, k * upper, tailAlpha) < target; doubling++) {
            upper *= 2;
        }
        return new BrentSolver(1e-10).solve(200,
                n -> powerAt(standardizedEffect, n, k * n, tailAlpha) - target, MINIMUM_ARM, upper);
    }
}
