package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes the signup cohort tables {@code revenue/cohorts_logo.csv} and
 * {@code revenue/cohorts_revenue.csv}: one line per cohort month, then one column per month since
 * signup ({@code month_0} is the signup month) holding a retention share with 6 decimals. Months a
 * cohort has not reached by the as-of date are empty fields.
 */
public final class CohortCsvWriter {

    public static final String LOGO_FILE = "revenue/cohorts_logo.csv";
    public static final String REVENUE_FILE = "revenue/cohorts_revenue.csv";

    private CohortCsvWriter() {
    }

    /** Writes both files into {@code outputDir}. */
    public static void write(Path outputDir, List<CohortRow> cohorts) {
        int columns = cohorts.stream().mapToInt(CohortRow::monthsObserved).max().orElse(0);
        writeTable(outputDir.resolve(LOGO_FILE), "cohort,accounts", columns, cohorts,
                row -> Long.toString(row.accounts()), CohortRow::logoRetention);
        writeTable(outputDir.resolve(REVENUE_FILE), "cohort,start_mrr", columns, cohorts,
                row -> Money.cents(row.startMrr()).toPlainString(), CohortRow::revenueRetention);
    }

    private static void writeTable(Path file, String leadingColumns, int columns, List<CohortRow> cohorts,
                                   Function<CohortRow, String> size,
                                   BiFunction<CohortRow, Integer, Double> share) {
        StringBuilder header = new StringBuilder(leadingColumns);
        for (int k = 0; k < columns; k++) {
            header.append(",month_").append(k);
        }
        try (BufferedWriter writer = Csv.open(file, header.toString())) {
            for (CohortRow row : cohorts) {
                StringBuilder line = new StringBuilder().append(row.cohort()).append(',').append(size.apply(row));
                for (int k = 0; k < columns; k++) {
                    line.append(',');
                    if (k < row.monthsObserved()) {
                        line.append(Money.ratioText(new BigDecimal(Double.toString(share.apply(row, k)))));
                    }
                }
                writer.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
    }
}
