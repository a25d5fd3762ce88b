package io.idem.statistics;

import static java.util.Objects.requireNonNull;

/**
 * Estimated effect of the treatment against the control, with its interval.
 *
 * @param estimate point estimate, treatment minus control (absolute) or treatment / control - 1 (relative)
 * @param standardError standard error of the estimate; 0 only when both arms have no spread
 * @param interval confidence interval matching the test's alternative and alpha
 */
public record Effect(double estimate, double standardError, Interval interval) {

    public Effect {
        requireNonNull(interval, "interval is null");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("effect estimate must be finite, got " + estimate);
        }
        if (!(standardError >= 0) || Double.isInfinite(standardError)) {
            throw new IllegalArgumentException("standard error must be finite and >= 0, got " + standardError);
        }
    }
}
