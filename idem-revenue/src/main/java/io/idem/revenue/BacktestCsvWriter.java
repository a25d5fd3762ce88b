package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code backtest.csv}: rates and lift with 6 decimals, empty where they cannot be computed. */
public final class BacktestCsvWriter {

    public static final String FILE = "backtest.csv";
    static final String HEADER = "trigger,kind,month,fired,fired_expanded,fired_rate,base_accounts,base_expanded,base_rate,lift";
    private static final int RATE_DECIMALS = 6;

    private BacktestCsvWriter() {
    }

    /** Writes the file into {@code outputDir} and returns its path. */
    public static Path write(Path outputDir, List<BacktestRow> rows) {
        Path file = outputDir.resolve(FILE);
        try (BufferedWriter writer = Csv.open(file, HEADER)) {
            for (BacktestRow row : rows) {
                writer.write(String.join(",", Csv.field(row.trigger()), row.kind().configName(), row.month().toString(),
                        Long.toString(row.fired()), Long.toString(row.firedExpanded()), rate(row.firedRate()),
                        Long.toString(row.baseAccounts()), Long.toString(row.baseExpanded()), rate(row.baseRate()),
                        rate(row.lift())));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }

    private static String rate(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(RATE_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }
}
