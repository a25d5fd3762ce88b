package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The metrics of one slice of accounts over a window: all accounts ({@code dimension} "all"), or
 * the accounts with one value of an accounts column such as {@code plan}.
 *
 * @param value   the column value; null for the whole book, and for accounts with a blank value
 *                or no row in the accounts table
 * @param metrics one value for every {@link RevenueMetric}
 */
public record SliceMetrics(String dimension, String value, MetricWindow window, Map<RevenueMetric, MetricValue> metrics) {

    /** The dimension name of the slice that contains every account. */
    public static final String ALL = "all";

    public SliceMetrics {
        requireNonNull(dimension, "dimension is null");
        requireNonNull(window, "window is null");
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
        if (metrics.size() != RevenueMetric.values().length) {
            throw new IllegalArgumentException("slice " + dimension + "=" + value + " must have every metric, got " + metrics.keySet());
        }
    }

    public MetricValue metric(RevenueMetric metric) {
        return metrics.get(metric);
    }
}
