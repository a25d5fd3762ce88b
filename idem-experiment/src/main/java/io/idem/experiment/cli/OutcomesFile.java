package io.idem.experiment.cli;

import io.idem.experiment.outcome.AccountOutcome;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The outcomes file that {@code analyze} reads: columns account_id, converted and expansion_mrr, and the
 * pre-period column when one is named; other columns are ignored.
 */
final class OutcomesFile {

    static final String OPTION = "--outcomes";

    private OutcomesFile() {
    }

    /**
     * Reads the outcomes by account id.
     *
     * @param prePeriodColumn column with the CUPED covariate, or null for none
     * @throws BadInputException naming the file, line, column and value of the first invalid field
     */
    static Map<String, AccountOutcome> read(Path path, String prePeriodColumn) {
        CsvFile file = CsvFile.read(OPTION, path);
        file.requireColumn("account_id", "add the account id of each row");
        file.requireColumn("converted", "add whether each account expanded within the window, true or false");
        file.requireColumn("expansion_mrr", "add the MRR each account gained within the window, 0 when none");
        if (prePeriodColumn != null) {
            file.requireColumn(prePeriodColumn, "pass a column of the header to --pre-period");
        }

        Map<String, AccountOutcome> outcomes = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRow row : file.rows()) {
            String accountId = row.required("account_id", "give every row an account id");
            Integer earlier = lines.putIfAbsent(accountId, row.line());
            if (earlier != null) {
                throw row.error("account_id", accountId, "repeats the account of line " + earlier + "; keep one row"
                        + " per account");
            }
            boolean converted = row.flag("converted");
            double expansion = row.number("expansion_mrr", "use a decimal point, as in 120.50, and 0 for no expansion");
            Double prePeriod = prePeriodColumn == null ? null
                    : row.number(prePeriodColumn, "give every account a pre-period value, such as its MRR before"
                            + " exposure");
            outcomes.put(accountId, new AccountOutcome(accountId, converted, expansion, prePeriod));
        }
        return outcomes;
    }
}
