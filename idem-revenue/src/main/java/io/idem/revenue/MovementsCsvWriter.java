package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code revenue/movements.csv}: one line per month with the movement totals and the
 * month-end MRR, amounts rounded to cents.
 *
 * <p>NOTE: the totals are exact to 4 decimals and rounded one by one, so when subscriptions carry
 * fractions of a cent, {@code mrr = previous mrr + new + expansion + reactivation - contraction - churn}
 * can be off by a cent or two in the file, while it is exact in {@link MonthlyMovements}.
 */
public final class MovementsCsvWriter {

    public static final String FILE = "revenue/movements.csv";
    static final String HEADER = "month,new,expansion,contraction,churn,reactivation,mrr";

    private MovementsCsvWriter() {
    }

    /** Writes the file into {@code outputDir} and returns its path. */
    public static Path write(Path outputDir, List<MonthlyMovements> monthly) {
        Path file = outputDir.resolve(FILE);
        try (BufferedWriter writer = Csv.open(file, HEADER)) {
            for (MonthlyMovements month : monthly) {
                writer.write(month.month().toString());
                for (BigDecimal amount : List.of(month.newMrr(), month.expansion(), month.contraction(), month.churn(),
                        month.reactivation(), month.mrr())) {
                    writer.write(',');
                    writer.write(Money.cents(amount).toPlainString());
                }
                writer.write('\n');
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }
}
