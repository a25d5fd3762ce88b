package io.idem.revenue;

import io.idem.workspace.Benchmark;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/** Turns the {@link SliceTotals} of one slice into its {@link SliceMetrics}, each compared with its benchmark. */
final class SliceMetricsCalculator {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private final RevenueBenchmarks benchmarks;

    SliceMetricsCalculator(RevenueBenchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    SliceMetrics metrics(String dimension, String value, MetricWindow window, SliceTotals totals) {
        Map<RevenueMetric, MetricValue> metrics = new EnumMap<>(RevenueMetric.class);
        BigDecimal mrr = Money.fromUnits(totals.endMrr);
        metrics.put(RevenueMetric.ACCOUNTS, MetricValue.of(RevenueMetric.ACCOUNTS, BigDecimal.valueOf(totals.payingAtEnd), null));
        metrics.put(RevenueMetric.MRR, MetricValue.of(RevenueMetric.MRR, mrr, null));
        metrics.put(RevenueMetric.ARR, MetricValue.of(RevenueMetric.ARR, mrr.multiply(MONTHS_PER_YEAR), null));
        metrics.put(RevenueMetric.MRR_START, MetricValue.of(RevenueMetric.MRR_START, Money.fromUnits(totals.startMrr), null));
        for (Movement movement : Movement.values()) {
            RevenueMetric metric = RevenueMetric.valueOf(movement.name());
            metrics.put(metric, MetricValue.of(metric, Money.fromUnits(totals.movement(movement)), null));
        }

        BigDecimal arpa = null;
        if (totals.payingAtEnd == 0) {
            metrics.put(RevenueMetric.ARPA, MetricValue.missing(RevenueMetric.ARPA, null, "no paying account on " + window.end()));
        } else {
            arpa = mrr.divide(BigDecimal.valueOf(totals.payingAtEnd), Money.SCALE, RoundingMode.HALF_EVEN);
            metrics.put(RevenueMetric.ARPA, MetricValue.of(RevenueMetric.ARPA, arpa, null));
        }
        BigDecimal annualContractValue = arpa == null ? null : arpa.multiply(MONTHS_PER_YEAR);
        putRetention(metrics, window, totals, annualContractValue);
        putGrowth(metrics, window, totals);
        return new SliceMetrics(dimension, value, window, metrics);
    }

    private void putRetention(Map<RevenueMetric, MetricValue> metrics, MetricWindow window, SliceTotals totals,
                              BigDecimal annualContractValue) {
        Benchmark nrr = benchmarks.nrr(annualContractValue);
        Benchmark grr = benchmarks.grr(annualContractValue);
        if (totals.payingAtStart == 0) {
            String reason = "no account had MRR above 0 on " + window.start();
            metrics.put(RevenueMetric.NRR, MetricValue.missing(RevenueMetric.NRR, nrr, reason));
            metrics.put(RevenueMetric.GRR, MetricValue.missing(RevenueMetric.GRR, grr, reason));
            return;
        }
        metrics.put(RevenueMetric.NRR, MetricValue.of(RevenueMetric.NRR, ratio(totals.retainedEndMrr, totals.startMrr), nrr));
        metrics.put(RevenueMetric.GRR, MetricValue.of(RevenueMetric.GRR, ratio(totals.retainedEndMrrCapped, totals.startMrr), grr));
    }

    private void putGrowth(Map<RevenueMetric, MetricValue> metrics, MetricWindow window, SliceTotals totals) {
        long expansion = totals.movement(Movement.EXPANSION);
        long added = Math.addExact(Math.addExact(totals.movement(Movement.NEW), expansion), totals.movement(Movement.REACTIVATION));
        long lost = Math.addExact(totals.movement(Movement.CONTRACTION), totals.movement(Movement.CHURN));

        Benchmark share = benchmarks.expansionShare();
        metrics.put(RevenueMetric.EXPANSION_SHARE, added == 0
                ? MetricValue.missing(RevenueMetric.EXPANSION_SHARE, share, "no new, expansion or reactivation MRR in " + window)
                : MetricValue.of(RevenueMetric.EXPANSION_SHARE, ratio(expansion, added), share));
        Benchmark quick = benchmarks.quickRatio();
        metrics.put(RevenueMetric.QUICK_RATIO, lost == 0
                ? MetricValue.missing(RevenueMetric.QUICK_RATIO, quick, "no contraction or churn MRR in " + window)
                : MetricValue.of(RevenueMetric.QUICK_RATIO, ratio(added, lost), quick));
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64);
    }
}
