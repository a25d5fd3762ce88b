package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period window metrics cover: MRR is observed on {@code start} (the opening balance) and on
 * {@code end} (the closing balance), and a ledger entry belongs to the window when it is dated
 * after {@code start} and on or before {@code end}. So closing MRR = opening MRR + the window's
 * new, expansion and reactivation − its contraction and churn.
 *
 * @param start the day before the window's first day
 * @param end   the window's last day, on or before the as-of date
 */
public record MetricWindow(LocalDate start, LocalDate end) {

    public MetricWindow {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a metric window must start before it ends, got start " + start + " and end " + end);
        }
    }

    /**
     * Returns the 12 months ending at the as-of date: from the last day of the month 12 months
     * before the as-of month to the as-of date, the span over which the summary's NRR and GRR are
     * measured.
     */
    public static MetricWindow trailingTwelveMonths(LocalDate asOf) {
        return new MetricWindow(YearMonth.from(asOf).minusMonths(12).atEndOfMonth(), asOf);
    }

    @Override
    public String toString() {
        return "(" + start + ", " + end + "]";
    }
}
