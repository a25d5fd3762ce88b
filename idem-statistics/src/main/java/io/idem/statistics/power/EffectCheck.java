package io.idem.statistics.power;

import io.idem.statistics.Alternative;

/**
 * Minimum detectable effect converted to treatment minus control, or the reason it is unusable.
 *
 * @param absoluteEffect treatment minus control, in the metric's units; 0 when {@code problem} is set
 * @param problem why the effect cannot be used, or null
 */
record EffectCheck(double absoluteEffect, String problem) {

    static EffectCheck ofRates(double baselineRate, double effect, boolean relative, Alternative alternative) {
        if (!(baselineRate > 0 && baselineRate < 1)) {
            return failure("baseline rate must be strictly between 0 and 1, got " + baselineRate);
        }
        EffectCheck check = ofMeans(baselineRate, effect, relative, alternative);
        if (check.problem() != null) {
            return check;
        }
        double treatmentRate = baselineRate + check.absoluteEffect();
        if (!(treatmentRate > 0 && treatmentRate < 1)) {
            return failure("baseline " + baselineRate + " plus the effect gives a treatment rate of " + treatmentRate
                    + ", outside (0, 1); use a smaller minimum detectable effect");
        }
        return check;
    }

    static EffectCheck ofMeans(double baseline, double effect, boolean relative, Alternative alternative) {
        if (!Double.isFinite(effect) || effect == 0) {
            return failure("minimum detectable effect must be a finite non-zero number, got " + effect);
        }
        if (relative && (!Double.isFinite(baseline) || baseline == 0)) {
            return failure("a relative effect needs a finite non-zero baseline, got " + baseline
                    + "; pass the control mean or rate as the baseline");
        }
        double absolute = relative ? baseline * effect : effect;
        boolean againstDirection = switch (alternative) {
            case TWO_SIDED -> false;
            case GREATER -> absolute < 0;
            case LESS -> absolute > 0;
        };
        if (againstDirection) {
            return failure("effect " + absolute + " points against the alternative " + alternative.label()
                    + "; flip its sign or use two-sided");
        }
        return new EffectCheck(absolute, null);
    }

    private static EffectCheck failure(String problem) {
        return new EffectCheck(0, problem);
    }
}
