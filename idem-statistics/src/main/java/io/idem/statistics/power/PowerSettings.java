package io.idem.statistics.power;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Alternative;

/**
 * Design targets of a two-arm experiment.
 *
 * @param alpha type I error rate, strictly between 0 and 1
 * @param power target probability of a significant result when the effect is the minimum detectable
 *     effect, strictly between 0 and 1
 * @param alternative two-sided, or the one-sided direction the effect is expected in
 * @param allocationRatio treatment accounts per control account, k = n_t / n_c, > 0
 */
public record PowerSettings(double alpha, double power, Alternative alternative, double allocationRatio) {

    public PowerSettings {
        requireNonNull(alternative, "alternative is null");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be strictly between 0 and 1, got " + power
                    + "; use 0.8 for the usual 80%");
        }
        if (!(allocationRatio > 0) || Double.isInfinite(allocationRatio)) {
            throw new IllegalArgumentException("allocation ratio must be finite and > 0, got " + allocationRatio
                    + "; use 1 for equal arms");
        }
    }

    /** Returns the significance level of one tail: alpha / 2 when two-sided, alpha otherwise. */
    double tailAlpha() {
        return tailAlpha(alpha, alternative);
    }

    static double tailAlpha(double alpha, Alternative alternative) {
        return alternative == Alternative.TWO_SIDED ? alpha / 2 : alpha;
    }
}
