package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of a revenue calculation: movement totals for each month of the range and the
 * summary at the as-of date.
 *
 * @param accounts accounts with at least one subscription starting on or before the as-of date
 */
public record RevenueResult(MonthRange months, List<MonthlyMovements> monthly, RevenueSummary summary, long accounts) {

    public RevenueResult {
        requireNonNull(months, "months is null");
        monthly = List.copyOf(monthly);
        requireNonNull(summary, "summary is null");
        if (monthly.size() != months.size()) {
            throw new IllegalArgumentException("expected totals for " + months.size() + " months, got " + monthly.size());
        }
    }
}
