package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one pass over the subscriptions computes: the month-end results, the metrics of the
 * whole book and of each slice over a window, and the signup cohort table.
 *
 * @param byDimension   each dimension's slices, ordered by value with accounts without a value last
 * @param cohorts       one row per signup month, oldest first
 * @param ledgerEntries the number of ledger entries of all accounts
 */
public record RevenueAnalysis(RevenueResult revenue, MetricWindow window, SliceMetrics total,
                              Map<String, List<SliceMetrics>> byDimension, List<CohortRow> cohorts, long ledgerEntries) {

    public RevenueAnalysis {
        requireNonNull(revenue, "revenue is null");
        requireNonNull(window, "window is null");
        requireNonNull(total, "total is null");
        byDimension = Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
        cohorts = List.copyOf(cohorts);
    }
}
