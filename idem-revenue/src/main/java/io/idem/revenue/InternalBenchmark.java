package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One metric of one slice compared with references taken from the same book rather than from a
 * survey: the same slice over the previous period, the team average (owner slices only) and the
 * book-wide value as the peer reference (slices of other account columns). Every value and
 * reference is null, never NaN, when it cannot be computed or does not apply to the slice, and a
 * gap ({@code value − reference}) is null when either side is.
 *
 * @param dimension  the accounts column the slice groups by, or {@link SliceMetrics#ALL} for the book
 * @param sliceValue the column value; null for the whole book and for accounts without a value
 */
public record InternalBenchmark(RevenueMetric metric, String dimension, String sliceValue, BigDecimal value,
                                BigDecimal previousPeriod, BigDecimal teamAverage, BigDecimal peerValue) {

    public InternalBenchmark {
        requireNonNull(metric, "metric is null");
        requireNonNull(dimension, "dimension is null");
    }

    public BigDecimal gapToPrevious() {
        return gap(previousPeriod);
    }

    public BigDecimal gapToTeam() {
        return gap(teamAverage);
    }

    public BigDecimal gapToPeer() {
        return gap(peerValue);
    }

    private BigDecimal gap(BigDecimal reference) {
        return value == null || reference == null ? null : value.subtract(reference);
    }
}
