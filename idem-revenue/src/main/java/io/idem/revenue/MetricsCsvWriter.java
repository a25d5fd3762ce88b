package io.idem.revenue;

import io.idem.workspace.Benchmark;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code revenue/metrics.csv} for the whole book and {@code revenue/metrics_by_<dimension>.csv}
 * for each dimension: one line per slice and metric, with the value, the benchmark target, the gap
 * (value − target), the benchmark's source and, for a value that cannot be computed, the reason.
 * Counts are integers, amounts have 2 decimals and ratios 6. A missing value is an empty field.
 */
public final class MetricsCsvWriter {

    public static final String TOTAL_FILE = "revenue/metrics.csv";
    static final String COLUMNS = "window_start,window_end,metric,value,benchmark,gap,benchmark_source,reason";

    private MetricsCsvWriter() {
    }

    /** Returns the path, relative to the output folder, of the file for {@code dimension}. */
    public static String fileFor(String dimension) {
        return "revenue/metrics_by_" + dimension + ".csv";
    }

    /** Writes the whole-book file into {@code outputDir} and returns its path. */
    public static Path writeTotal(Path outputDir, SliceMetrics total) {
        Path file = outputDir.resolve(TOTAL_FILE);
        try (BufferedWriter writer = Csv.open(file, COLUMNS)) {
            writeSlice(writer, null, total);
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }

    /** Writes the file of {@code dimension} into {@code outputDir}, its first column named after the dimension, and returns its path. */
    public static Path writeDimension(Path outputDir, String dimension, List<SliceMetrics> slices) {
        Path file = outputDir.resolve(fileFor(dimension));
        try (BufferedWriter writer = Csv.open(file, dimension + "," + COLUMNS)) {
            for (SliceMetrics slice : slices) {
                writeSlice(writer, Csv.field(slice.value()), slice);
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }

    private static void writeSlice(BufferedWriter writer, String valueField, SliceMetrics slice) throws IOException {
        for (MetricValue metric : slice.metrics().values()) {
            StringBuilder line = new StringBuilder();
            if (valueField != null) {
                line.append(valueField).append(',');
            }
            Benchmark benchmark = metric.benchmark();
            line.append(slice.window().start()).append(',').append(slice.window().end()).append(',')
                    .append(metric.metric().outputName()).append(',')
                    .append(format(metric.metric(), metric.value())).append(',')
                    .append(benchmark == null ? "" : BigDecimal.valueOf(benchmark.target()).toPlainString()).append(',')
                    .append(format(metric.metric(), metric.gap())).append(',')
                    .append(benchmark == null ? "" : Csv.field(benchmark.source())).append(',')
                    .append(Csv.field(metric.reason())).append('\n');
            writer.write(line.toString());
        }
    }

    static String format(RevenueMetric metric, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (metric.unit()) {
            case COUNT -> value.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
            case MONEY -> Money.cents(value).toPlainString();
            case RATIO -> Money.ratioText(value);
        };
    }
}
