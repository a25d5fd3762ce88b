package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.Benchmark;
import java.math.BigDecimal;

/**
 * One metric of one slice: its value, the benchmark it is compared with and the gap
 * {@code value − benchmark target} (above 0 means better than the target). The value is null,
 * never NaN, when it cannot be computed, and {@code reason} then gives the cause.
 *
 * @param benchmark null for metrics without a target, such as MRR
 * @param gap       null when the value or the benchmark is null
 * @param reason    null when the value is computed
 */
public record MetricValue(RevenueMetric metric, BigDecimal value, Benchmark benchmark, BigDecimal gap, String reason) {

    public MetricValue {
        requireNonNull(metric, "metric is null");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("metric " + metric.outputName() + " has either a value or a reason, got value "
                    + value + " and reason " + reason);
        }
        BigDecimal expectedGap = value == null || benchmark == null ? null
                : value.subtract(BigDecimal.valueOf(benchmark.target()));
        if (gap == null ? expectedGap != null : expectedGap == null || gap.compareTo(expectedGap) != 0) {
            throw new IllegalArgumentException("gap of " + metric.outputName() + " must be value − target = " + expectedGap
                    + ", got " + gap);
        }
    }

    /** Returns a computed value compared with {@code benchmark} (null for none). */
    static MetricValue of(RevenueMetric metric, BigDecimal value, Benchmark benchmark) {
        BigDecimal gap = benchmark == null ? null : value.subtract(BigDecimal.valueOf(benchmark.target()));
        return new MetricValue(metric, value, benchmark, gap, null);
    }

    /** Returns a value that cannot be computed, still showing the benchmark it would be compared with. */
    static MetricValue missing(RevenueMetric metric, Benchmark benchmark, String reason) {
        return new MetricValue(metric, null, benchmark, null, requireNonNull(reason, "reason is null"));
    }
}
