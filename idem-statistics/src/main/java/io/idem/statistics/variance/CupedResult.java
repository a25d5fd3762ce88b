package io.idem.statistics.variance;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import java.util.List;

/**
 * CUPED adjustment of every arm.
 *
 * @param status OK, or DEGENERATE when theta cannot be estimated. Then theta is 0 and the adjusted
 *     summaries equal the raw outcome summaries, so a test on them is the unadjusted test
 * @param reason why the status is not OK; empty when it is
 * @param theta pooled within-arm regression slope cov(Y, X) / var(X)
 * @param correlation pooled within-arm correlation rho of Y and X; 0 when not computed
 * @param varianceReductionFactor 1 - rho^2, the pooled variance after adjustment over the variance before
 * @param covariateMean mean of X over all accounts, the centre of the adjustment
 * @param adjusted per-arm adjusted outcome summaries, in input order
 */
public record CupedResult(
        Status status,
        String reason,
        double theta,
        double correlation,
        double varianceReductionFactor,
        double covariateMean,
        List<MeanSummary> adjusted) {

    public CupedResult {
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        adjusted = List.copyOf(requireNonNull(adjusted, "adjusted is null"));
        if (!Double.isFinite(theta) || !Double.isFinite(correlation) || !Double.isFinite(varianceReductionFactor)
                || !Double.isFinite(covariateMean)) {
            throw new IllegalArgumentException("CUPED numbers must be finite, got theta " + theta + ", correlation "
                    + correlation + ", variance reduction factor " + varianceReductionFactor);
        }
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
    }
}
