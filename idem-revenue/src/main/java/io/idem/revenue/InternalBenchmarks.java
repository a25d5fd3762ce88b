package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the metrics of a window with references from the same book: the previous period, the
 * team average of the owners (CSMs) and the whole book as the peer reference of each other slice.
 * The definitions are in docs/metrics.md, under internal benchmarks.
 */
public final class InternalBenchmarks {

    /** The metrics compared, in output order. */
    public static final List<RevenueMetric> METRICS = List.of(RevenueMetric.NRR, RevenueMetric.GRR,
            RevenueMetric.EXPANSION_SHARE, RevenueMetric.QUICK_RATIO, RevenueMetric.ARPA);

    /** The accounts column whose slices are compared with the team average instead of the whole book. */
    public static final String TEAM_DIMENSION = "owner";

    private InternalBenchmarks() {
    }

    /**
     * Returns the window of equal length that ends where {@code window} starts. A window whose
     * start and end are both last days of months is shifted by whole months, so the trailing 12
     * months (2023-12-31, 2024-12-31] give (2022-12-31, 2023-12-31]. Any other window is shifted
     * by its length in days.
     */
    public static MetricWindow previousWindow(MetricWindow window) {
        requireNonNull(window, "window is null");
        LocalDate start = window.start();
        LocalDate end = window.end();
        if (isMonthEnd(start) && isMonthEnd(end)) {
            long months = YearMonth.from(start).until(YearMonth.from(end), ChronoUnit.MONTHS);
            return new MetricWindow(YearMonth.from(start).minusMonths(months).atEndOfMonth(), start);
        }
        return new MetricWindow(start.minusDays(ChronoUnit.DAYS.between(start, end)), start);
    }

    /**
     * Compares each of {@link #METRICS} of the whole book and of every slice of {@code current}
     * with the same slice of {@code previous}, which must be an analysis of the
     * {@link #previousWindow} with the same dimensions. A slice missing from {@code previous} has
     * a null previous value. Returns the book first, then each dimension's slices in the order of
     * {@code current}, each slice's metrics in the order of {@link #METRICS}.
     */
    public static List<InternalBenchmark> compare(RevenueAnalysis current, RevenueAnalysis previous) {
        requireNonNull(current, "current is null");
        requireNonNull(previous, "previous is null");

        List<InternalBenchmark> rows = new ArrayList<>();
        for (RevenueMetric metric : METRICS) {
            rows.add(new InternalBenchmark(metric, SliceMetrics.ALL, null, value(current.total(), metric),
                    value(previous.total(), metric), null, null));
        }
        for (Map.Entry<String, List<SliceMetrics>> dimension : current.byDimension().entrySet()) {
            String name = dimension.getKey();
            Map<String, SliceMetrics> before = byValue(previous.byDimension().getOrDefault(name, List.of()));
            boolean team = name.equals(TEAM_DIMENSION);
            Map<RevenueMetric, BigDecimal> teamAverages = team ? teamAverages(dimension.getValue()) : Map.of();
            for (SliceMetrics slice : dimension.getValue()) {
                for (RevenueMetric metric : METRICS) {
                    rows.add(new InternalBenchmark(metric, name, slice.value(), value(slice, metric),
                            value(before.get(slice.value()), metric), team ? teamAverages.get(metric) : null,
                            team ? null : value(current.total(), metric)));
                }
            }
        }
        return rows;
    }

    /**
     * Returns, for each metric, the unweighted mean over the owners whose value is computed, so
     * each CSM counts once whatever the size of their book. The slice of accounts without an owner
     * is left out, because it is not a member of the team. A metric no owner has is absent.
     */
    static Map<RevenueMetric, BigDecimal> teamAverages(List<SliceMetrics> owners) {
        Map<RevenueMetric, BigDecimal> averages = new HashMap<>();
        for (RevenueMetric metric : METRICS) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (SliceMetrics owner : owners) {
                BigDecimal value = value(owner, metric);
                if (owner.value() != null && value != null) {
                    sum = sum.add(value);
                    count++;
                }
            }
            if (count > 0) {
                averages.put(metric, sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64));
            }
        }
        return averages;
    }

    private static BigDecimal value(SliceMetrics slice, RevenueMetric metric) {
        return slice == null ? null : slice.metric(metric).value();
    }

    private static Map<String, SliceMetrics> byValue(List<SliceMetrics> slices) {
        // HashMap accepts the null key of the slice without a value.
        Map<String, SliceMetrics> map = new HashMap<>();
        for (SliceMetrics slice : slices) {
            map.put(slice.value(), slice);
        }
        return map;
    }

    private static boolean isMonthEnd(LocalDate day) {
        return day.equals(YearMonth.from(day).atEndOfMonth());
    }
}
