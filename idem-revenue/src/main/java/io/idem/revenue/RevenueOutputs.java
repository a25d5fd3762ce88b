package io.idem.revenue;

import java.nio.file.Path;
import java.time.LocalDate;

/** Computes revenue metrics and writes {@code revenue/movements.csv}, {@code account_mrr.csv} and {@code summary.json}. */
public final class RevenueOutputs {

    private RevenueOutputs() {
    }

    /** Runs {@code calculator} at {@code asOf}, streams account rows to file and writes the totals into {@code outputDir}. */
    public static RevenueResult write(RevenueCalculator calculator, LocalDate asOf, Path outputDir) {
        RevenueResult result;
        try (AccountMrrCsvWriter accounts = AccountMrrCsvWriter.open(outputDir)) {
            result = calculator.calculate(asOf, accounts);
        }
        MovementsCsvWriter.write(outputDir, result.monthly());
        SummaryJsonWriter.write(outputDir, result.summary());
        return result;
    }
}
