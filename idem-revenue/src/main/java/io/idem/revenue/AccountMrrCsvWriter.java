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
        try {
            for (int i = 0; i < account.months().size(); i++) {
                Movement movement = account.movement(i);
                long mrr = account.mrrUnits(i);
                if (mrr == 0 && movement == null) {
                    continue;
                }
                writer.write(accountField);
                writer.write(',');
                writer.write(account.months().month(i).toString());
                writer.write(',');
                writer.write(Money.centsText(mrr));
                writer.write(',');
                writer.write(movement == null ? "" : movement.outputName());
                writer.write('\n');
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
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
