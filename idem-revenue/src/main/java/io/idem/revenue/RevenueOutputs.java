package io.idem.revenue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Computes revenue metrics and writes them under {@code revenue/} in an output folder:
 * {@link #write} the month-end files, {@link #writeAll} those and the ledger, metric and cohort files.
 */
public final class RevenueOutputs {

    private RevenueOutputs() {
    }

    /** Runs {@code calculator} at {@code asOf}, streams account rows to file and writes {@code movements.csv}, {@code account_mrr.csv} and {@code summary.json} into {@code outputDir}. */
    public static RevenueResult write(RevenueCalculator calculator, LocalDate asOf, Path outputDir) {
        RevenueResult result;
        try (AccountMrrCsvWriter accounts = AccountMrrCsvWriter.open(outputDir)) {
            result = calculator.calculate(asOf, accounts);
        }
        MovementsCsvWriter.write(outputDir, result.monthly());
        SummaryJsonWriter.write(outputDir, result.summary());
        return result;
    }

    /**
     * Analyses {@code window} at {@code asOf} and writes, besides the files of
     * {@link #write}, {@code ledger.csv}, {@code metrics.csv}, one {@code metrics_by_<dimension>.csv}
     * per dimension of the calculator, {@code cohorts_logo.csv}, {@code cohorts_revenue.csv},
     * {@code retention_trend.csv} and {@code benchmarks_internal.csv}. The internal benchmarks need the
     * metrics of the previous window, which take a second pass over the subscriptions.
     */
    public static RevenueAnalysis writeAll(RevenueCalculator calculator, LocalDate asOf, MetricWindow window, Path outputDir) {
        RevenueAnalysis analysis;
        RetentionTrend trend = new RetentionTrend();
        try (AccountMrrCsvWriter accounts = AccountMrrCsvWriter.open(outputDir);
             LedgerCsvWriter ledger = LedgerCsvWriter.open(outputDir)) {
            analysis = calculator.analyse(asOf, window, accounts.andThen(ledger).andThen(trend));
        }
        MovementsCsvWriter.write(outputDir, analysis.revenue().monthly());
        SummaryJsonWriter.write(outputDir, analysis.revenue().summary());
        MetricsCsvWriter.writeTotal(outputDir, analysis.total());
        for (Map.Entry<String, List<SliceMetrics>> dimension : analysis.byDimension().entrySet()) {
            MetricsCsvWriter.writeDimension(outputDir, dimension.getKey(), dimension.getValue());
        }
        CohortCsvWriter.write(outputDir, analysis.cohorts());
        RetentionTrendCsvWriter.write(outputDir, trend.points(analysis.revenue()));

        // NOTE: the previous window is analysed in a second full pass, which doubles the time of this
        // method; a slicer for both windows in the first pass would avoid it.
        RevenueAnalysis previous = calculator.analyse(asOf, InternalBenchmarks.previousWindow(window), AccountRevenueListener.NONE);
        InternalBenchmarksCsvWriter.write(outputDir, InternalBenchmarks.compare(analysis, previous));
        return analysis;
    }
}
