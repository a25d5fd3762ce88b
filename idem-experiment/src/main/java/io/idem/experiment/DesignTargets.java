package io.idem.experiment;

/**
 * Planning targets of an experiment: the effects it should detect, with what error rates.
 *
 * @param baselineConversionRate expected control conversion rate, strictly between 0 and 1; null to plan
 *     from the control rate observed so far
 * @param conversionEffect minimum detectable effect on conversion, in absolute rate points (0.05 is +5
 *     points); finite and not 0
 * @param relativeMrrEffect minimum detectable effect on expansion MRR per account, as a fraction of the
 *     control mean (0.2 is +20%); finite and not 0
 * @param alpha two-sided type I error rate, strictly between 0 and 1; also the level of every test and
 *     interval in the analysis
 * @param power target power at the minimum detectable effects, strictly between 0 and 1
 */
public record DesignTargets(Double baselineConversionRate, double conversionEffect, double relativeMrrEffect,
        double alpha, double power) {

    public DesignTargets {
        if (baselineConversionRate != null && !(baselineConversionRate > 0 && baselineConversionRate < 1)) {
            throw new IllegalArgumentException("baseline conversion rate must be strictly between 0 and 1, got "
                    + baselineConversionRate + "; leave it out to plan from the observed control rate");
        }
        requireEffect("conversion effect", conversionEffect, "0.05 for +5 points");
        requireEffect("relative MRR effect", relativeMrrEffect, "0.2 for +20%");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha
                    + "; use 0.05");
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be strictly between 0 and 1, got " + power
                    + "; use 0.8");
        }
    }

    /** Returns +5 points of conversion, +20% expansion MRR, alpha 0.05 and power 0.8, with no baseline. */
    public static DesignTargets defaults() {
        return new DesignTargets(null, 0.05, 0.20, 0.05, 0.8);
    }

    private static void requireEffect(String name, double effect, String example) {
        if (!Double.isFinite(effect) || effect == 0) {
            throw new IllegalArgumentException(name + " must be a finite non-zero number, got " + effect + "; use "
                    + example);
        }
    }
}
