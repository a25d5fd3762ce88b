package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code revenue/benchmarks_internal.csv}: one line per {@link InternalBenchmark}. Ratios
 * have 6 decimals and ARPA 2, as in metrics.csv; a value, reference or gap that cannot be computed
 * or does not apply is an empty field. The book's line has {@code all} as its dimension and an
 * empty slice value.
 */
public final class InternalBenchmarksCsvWriter {

    public static final String FILE = "revenue/benchmarks_internal.csv";
    static final String COLUMNS = "metric,slice_dimension,slice_value,value,previous_period,team_average,peer_value,"
            + "gap_to_previous,gap_to_team,gap_to_peer";

    private InternalBenchmarksCsvWriter() {
    }

    /** Writes the file into {@code outputDir} and returns its path. */
    public static Path write(Path outputDir, List<InternalBenchmark> rows) {
        Path file = outputDir.resolve(FILE);
        try (BufferedWriter writer = Csv.open(file, COLUMNS)) {
            for (InternalBenchmark row : rows) {
                RevenueMetric metric = row.metric();
                StringBuilder line = new StringBuilder()
                        .append(metric.outputName()).append(',')
                        .append(Csv.field(row.dimension())).append(',')
                        .append(Csv.field(row.sliceValue()));
                for (BigDecimal number : new BigDecimal[] {row.value(), row.previousPeriod(), row.teamAverage(),
                        row.peerValue(), row.gapToPrevious(), row.gapToTeam(), row.gapToPeer()}) {
                    line.append(',').append(MetricsCsvWriter.format(metric, number));
                }
                writer.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }
}
