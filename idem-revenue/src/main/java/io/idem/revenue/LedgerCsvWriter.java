package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code revenue/ledger.csv} while a calculation streams through the accounts: one line per
 * ledger entry, grouped by account and dated in order within an account. Amounts are non-negative
 * magnitudes rounded to cents; {@code mrr_after} is the account's MRR after the entry.
 */
public final class LedgerCsvWriter implements AccountRevenueListener, AutoCloseable {

    public static final String FILE = "revenue/ledger.csv";
    static final String HEADER = "date,account_id,movement,amount,mrr_after";

    private final Path file;
    private final BufferedWriter writer;
    private final StringBuilder line = new StringBuilder(96);
    private long entries;

    private LedgerCsvWriter(Path file) {
        this.file = file;
        this.writer = Csv.open(file, HEADER);
    }

    /** Creates the file in {@code outputDir}, replacing an existing one, and writes the header. */
    public static LedgerCsvWriter open(Path outputDir) {
        return new LedgerCsvWriter(outputDir.resolve(FILE));
    }

    @Override
    public void accept(AccountRevenue account) {
        AccountLedger ledger = account.ledger();
        String accountField = Csv.field(ledger.accountId());
        try {
            for (int i = 0; i < ledger.size(); i++) {
                line.setLength(0);
                line.append(ledger.date(i)).append(',').append(accountField).append(',')
                        .append(ledger.movement(i).outputName()).append(',');
                Money.appendCents(line, ledger.amountUnits(i));
                line.append(',');
                Money.appendCents(line, ledger.mrrAfterUnits(i));
                line.append('\n');
                writer.append(line);
            }
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        entries += ledger.size();
    }

    /** Returns the number of entries written so far. */
    public long entries() {
        return entries;
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
