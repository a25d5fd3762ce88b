package io.idem.statistics.srm;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Status;
import java.util.List;

/**
 * Result of a sample ratio mismatch check. Numbers that cannot be computed are null.
 *
 * @param status OK, DEGENERATE (no accounts at all) or INVALID_INPUT
 * @param reason why the status is not OK; empty when it is
 * @param observed accounts per arm, as given
 * @param expected accounts per arm expected from the allocation weights
 * @param statistic Pearson chi-square statistic
 * @param degreesOfFreedom arms minus 1
 * @param pValue upper-tail probability of the statistic
 * @param threshold p-value below which the split is flagged
 * @param mismatch whether the p-value is below the threshold
 */
public record SrmResult(
        Status status,
        String reason,
        List<Long> observed,
        List<Double> expected,
        Double statistic,
        Integer degreesOfFreedom,
        Double pValue,
        double threshold,
        boolean mismatch) {

    public SrmResult {
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        observed = List.copyOf(requireNonNull(observed, "observed is null"));
        expected = List.copyOf(requireNonNull(expected, "expected is null"));
        if (statistic != null && !Double.isFinite(statistic) || pValue != null && !Double.isFinite(pValue)) {
            throw new IllegalArgumentException("SRM numbers must be finite, got statistic " + statistic
                    + " and p-value " + pValue);
        }
        if (status == Status.OK && (statistic == null || pValue == null)) {
            throw new IllegalArgumentException("an OK result needs a statistic and a p-value");
        }
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
    }
}
