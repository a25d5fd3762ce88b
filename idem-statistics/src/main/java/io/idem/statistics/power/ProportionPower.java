package io.idem.statistics.power;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Sample size and power of the pooled two-proportion z-test without continuity correction.
 *
 * <p>With control rate p_c, treatment rate p_t = p_c + delta and arms n_c and n_t, the power is
 * Phi((|delta| - z sigma_0) / sigma_1), where sigma_0 = sqrt(pbar (1 - pbar)(1/n_c + 1/n_t)) is the
 * standard error under the null with the pooled rate pbar = (n_c p_c + n_t p_t) / (n_c + n_t),
 * sigma_1 = sqrt(p_c (1 - p_c)/n_c + p_t (1 - p_t)/n_t) the standard error under the alternative, and
 * z = Phi^-1(1 - alpha/2) two-sided or Phi^-1(1 - alpha) one-sided. Only the tail in the direction of the
 * effect counts, as in R's {@code power.prop.test} with {@code strict = FALSE}. Solving for
 * n_c with n_t = k n_c gives the closed form
 * n_c = (z sqrt(pbar (1 - pbar)(1 + 1/k)) + z_power sqrt(p_c (1 - p_c) + p_t (1 - p_t)/k))^2 / delta^2
 * with pbar = (p_c + k p_t) / (1 + k).
 */
public final class ProportionPower {

    public static final String METHOD = "two-proportion z-test, normal approximation";

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private ProportionPower() {
    }

    /**
     * Returns the accounts per arm needed to detect the effect with the target power.
     *
     * @param baselineRate control conversion rate, strictly between 0 and 1
     * @param minimumDetectableEffect treatment minus control rate, or the relative lift when {@code relative}
     * @param relative whether the effect is a fraction of the baseline, for example 0.1 for +10%
     */
    public static PowerResult sampleSize(double baselineRate, double minimumDetectableEffect, boolean relative,
            PowerSettings settings) {
        EffectCheck check = EffectCheck.ofRates(baselineRate, minimumDetectableEffect, relative, settings.alternative());
        if (check.problem() != null) {
            return PowerResult.invalid(check.problem(), METHOD, settings.alpha(), settings.alternative());
        }
        if (settings.power() <= settings.tailAlpha()) {
            return PowerResult.invalid("power " + settings.power() + " must exceed the one-tail alpha "
                    + settings.tailAlpha() + ", which a test reaches with no data", METHOD, settings.alpha(),
                    settings.alternative());
        }

        double pc = baselineRate;
        double delta = check.absoluteEffect();
        double pt = pc + delta;
        double k = settings.allocationRatio();
        double pooled = (pc + k * pt) / (1 + k);
        double zAlpha = STANDARD_NORMAL.inverseCumulativeProbability(1 - settings.tailAlpha());
        double zPower = STANDARD_NORMAL.inverseCumulativeProbability(settings.power());
        double root = zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / k))
                + zPower * Math.sqrt(pc * (1 - pc) + pt * (1 - pt) / k);
        double exact = root * root / (delta * delta);

        long controlN = Math.max(1, (long) Math.ceil(exact));
        long treatmentN = Math.max(1, (long) Math.ceil(k * exact));
        double achieved = powerAt(pc, pt, controlN, treatmentN, settings.tailAlpha());
        return new PowerResult(Status.OK, "", METHOD, settings.alpha(), settings.alternative(), delta,
                settings.power(), exact, controlN, treatmentN, controlN + treatmentN, achieved);
    }

    /** Returns the power of a design with the given arm sizes, each at least 1. */
    public static PowerResult power(double baselineRate, double minimumDetectableEffect, boolean relative,
            long controlN, long treatmentN, double alpha, Alternative alternative) {
        if (!(alpha > 0 && alpha < 1)) {
            return PowerResult.invalid("alpha must be strictly between 0 and 1, got " + alpha, METHOD, alpha,
                    alternative);
        }
        EffectCheck check = EffectCheck.ofRates(baselineRate, minimumDetectableEffect, relative, alternative);
        if (check.problem() != null) {
            return PowerResult.invalid(check.problem(), METHOD, alpha, alternative);
        }
        if (controlN < 1 || treatmentN < 1) {
            return PowerResult.invalid("both arms need at least 1 account, got control " + controlN
                    + " and treatment " + treatmentN, METHOD, alpha, alternative);
        }

        double pt = baselineRate + check.absoluteEffect();
        double power = powerAt(baselineRate, pt, controlN, treatmentN, PowerSettings.tailAlpha(alpha, alternative));
        return new PowerResult(Status.OK, "", METHOD, alpha, alternative, check.absoluteEffect(), null, null,
                controlN, treatmentN, controlN + treatmentN, power);
    }

    private static double powerAt(double pc, double pt, double controlN, double treatmentN, double tailAlpha) {
        double pooled = (controlN * pc + treatmentN * pt) / (controlN + treatmentN);
        double nullError = Math.sqrt(pooled * (1 - pooled) * (1 / controlN + 1 / treatmentN));
        double alternativeError = Math.sqrt(pc * (1 - pc) / controlN + pt * (1 - pt) / treatmentN);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - tailAlpha);
        return STANDARD_NORMAL.cumulativeProbability((Math.abs(pt - pc) - z * nullError) / alternativeError);
    }
}
