package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code revenue/retention_trend.csv}: one line per {@link RetentionTrendPoint}, oldest month
 * first, ratios with 6 decimals, an empty field for a ratio that cannot be computed.
 */
public final class RetentionTrendCsvWriter {

    public static final String FILE = "revenue/retention_trend.csv";
    static final String COLUMNS = "month,nrr,grr,expansion_share,nrr_target,grr_target,expansion_share_target";

    private RetentionTrendCsvWriter() {
    }

    /** Writes the file into {@code outputDir}, a header alone when {@code points} is empty, and returns its path. */
    public static Path write(Path outputDir, List<RetentionTrendPoint> points) {
        Path file = outputDir.resolve(FILE);
        try (BufferedWriter writer = Csv.open(file, COLUMNS)) {
            for (RetentionTrendPoint point : points) {
                writer.write(point.month() + "," + ratio(point.nrr()) + "," + ratio(point.grr()) + ","
                        + ratio(point.expansionShare()) + "," + target(point.nrrTarget()) + "," + target(point.grrTarget()) + ","
                        + target(point.expansionShareTarget()) + "\n");
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }

    private static String ratio(Double value) {
        return value == null ? "" : Money.ratioText(BigDecimal.valueOf(value));
    }

    /** Writes a target as metrics.csv does, so the two files show the same text for the same target. */
    private static String target(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
