package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code revenue/account_mrr.csv} while a calculation streams through the accounts: one line
 * per account and month in which the account had MRR above 0 or a movement. Months before an
 * account's first payment and after its churn, with MRR 0 and no movement, are left out, which
 * keeps the file proportional to paying account-months rather than accounts times months.
 */
public final class AccountMrrCsvWriter implements AccountRevenueListener, AutoCloseable {

    public static final String FILE = "revenue/account_mrr.csv";
    static final String HEADER = "account_id,month,mrr,movement";

    private final Path file;
    private final BufferedWriter writer;
    private final StringBuilder line = new StringBuilder(64);
    private String[] monthTexts = new String[0];

    private AccountMrrCsvWriter(Path file) {
        this.file = file;
        this.writer = Csv.open(file, HEADER);
    }

    /** Creates the file in {@code outputDir}, replacing an existing one, and writes the header. */
    public static AccountMrrCsvWriter open(Path outputDir) {
        return new AccountMrrCsvWriter(outputDir.resolve(FILE));
    }

    @Override
    public void accept(AccountRevenue account) {
        String accountField = Csv.field(account.accountId());
        String[] months = monthTexts(account.months());
        try {
            for (int i = 0; i < months.length; i++) {
                Movement movement = account.movement(i);
                long mrr = account.mrrUnits(i);
                if (mrr == 0 && movement == null) {
                    continue;
                }
                line.setLength(0);
                line.append(accountField).append(',').append(months[i]).append(',');
                Money.appendCents(line, mrr);
                line.append(',').append(movement == null ? "" : movement.outputName()).append('\n');
                writer.append(line);
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
    }

    /** Returns the months as YYYY-MM, formatted once per calculation rather than once per line. */
    private String[] monthTexts(MonthRange months) {
        if (monthTexts.length != months.size() || (months.size() > 0 && !monthTexts[0].equals(months.first().toString()))) {
            monthTexts = new String[months.size()];
            for (int i = 0; i < months.size(); i++) {
                monthTexts[i] = months.month(i).toString();
            }
        }
        return monthTexts;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
    }
}
