package io.idem.revenue;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Times the revenue ledger and every metric on synthetic data; not a test. Generates ACCOUNTS
 * accounts (default 1,000,000) with 1 to 4 subscriptions each over the 36 months of 2022 to 2024
 * in a DuckDB file under FOLDER, then times, twice each: the month-end outputs
 * ({@link RevenueOutputs#write}), the analysis without files ({@link RevenueCalculator#analyse}) and
 * every file ({@link RevenueOutputs#writeAll}).
 *
 * <pre>
 * ./mvnw -q -o -pl idem-revenue test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp idem-revenue/target/test-classes:idem-revenue/target/classes:$(cat idem-revenue/target/cp.txt) \
 *     io.idem.revenue.LedgerBenchmark 1000000 /tmp/idem-ledger-benchmark
 * </pre>
 */
public final class LedgerBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private static final String YAML = """
            idem: 1
            workspace: benchmark
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
                  segment: string
                  plan: string
                  owner: string
                  industry: string
                  country: string
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: {type: string, required: true}
                  account_id: {type: string, required: true}
                  start_date: {type: date, required: true}
                  end_date: date
                  mrr: {type: money, required: true}
                  is_trial: boolean
                  discount: number
                  currency: string
            """;

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/ledger-benchmark").toAbsolutePath();
        PrintStream out = System.out;
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("store.duckdb"));
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), YAML);
        writeRates(folder);
        Workspace workspace = WorkspaceLoader.load(folder);

        try (Store store = Store.open(StoreLocation.duckDb(folder.resolve("store.duckdb")))) {
            long started = System.nanoTime();
            long rows = generate(store, workspace, accounts);
            out.printf(Locale.ROOT, "generated %,d accounts and %,d subscriptions in %.1f s%n", accounts, rows, seconds(started));

            for (int run = 1; run <= 2; run++) {
                started = System.nanoTime();
                RevenueResult monthly = RevenueOutputs.write(RevenueCalculator.forWorkspace(store, workspace), AS_OF,
                        folder.resolve("out-month-ends"));
                out.printf(Locale.ROOT, "run %d: month-end files (movements, account_mrr, summary): %.1f s, %d months, MRR %s%n",
                        run, seconds(started), monthly.months().size(), monthly.summary().mrr());

                started = System.nanoTime();
                RevenueAnalysis analysis = RevenueCalculator.forWorkspace(store, workspace).analyse(AS_OF);
                out.printf(Locale.ROOT, "run %d: analysis in memory (ledger, metrics by %s, cohorts): %.1f s, %,d ledger entries%n",
                        run, analysis.byDimension().keySet(), seconds(started), analysis.ledgerEntries());

                started = System.nanoTime();
                RevenueOutputs.writeAll(RevenueCalculator.forWorkspace(store, workspace), AS_OF,
                        MetricWindow.trailingTwelveMonths(AS_OF), folder.resolve("out-all"));
                out.printf(Locale.ROOT, "run %d: every file (ledger.csv, metrics, cohorts and month-end files): %.1f s%n",
                        run, seconds(started));
            }
        }
    }

    /**
     * Fills the tables in SQL: hash() of the row number replaces a seeded random generator, so
     * every run generates the same data. About 5% of subscriptions are trials, 20% carry a 10%
     * discount and 10% are in EUR.
     */
    private static long generate(Store store, Workspace workspace, int accounts) throws Exception {
        SourceTables.create(store, workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow());
        SourceTables.create(store, workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow());
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("INSERT INTO src_accounts SELECT 'acct-' || i, "
                    + "['smb', 'mid-market', 'enterprise'][1 + CAST(hash(i, 1) % 3 AS INTEGER)], ['Basic', 'Pro', 'Enterprise'][1 + CAST(hash(i, 2) % 3 AS INTEGER)], "
                    + "'csm-' || (hash(i, 3) % 40), 'industry-' || (hash(i, 4) % 12), 'country-' || (hash(i, 5) % 30), i + 2 "
                    + "FROM range(0, " + accounts + ") t(i)");
            statement.execute("INSERT INTO src_subscriptions SELECT 's-' || a || '-' || k, 'acct-' || a, start_date, "
                    + "CASE WHEN hash(a, k, 7) % 3 = 0 THEN start_date + CAST(1 + hash(a, k, 8) % 400 AS INTEGER) END, "
                    + "CAST((1000 + hash(a, k, 9) % 500000) / 100.0 AS DECIMAL(18,4)), hash(a, k, 10) % 20 = 0, "
                    + "CASE WHEN hash(a, k, 11) % 5 = 0 THEN 0.1 END, CASE WHEN hash(a, k, 12) % 10 = 0 THEN 'EUR' ELSE 'USD' END, "
                    + "a * 4 + k + 2 "
                    + "FROM (SELECT a, k, DATE '2022-01-01' + CAST(hash(a, k, 6) % 1096 AS INTEGER) AS start_date "
                    + "FROM range(0, " + accounts + ") t(a), range(0, 4) u(k) WHERE k <= hash(a, 0) % 4)");
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM src_subscriptions")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Writes a month-start EUR rate from 2021 to 2025. */
    private static void writeRates(Path folder) throws Exception {
        StringBuilder rates = new StringBuilder("date,currency,rate_to_reporting\n");
        for (LocalDate month = LocalDate.of(2021, 1, 1); month.getYear() < 2026; month = month.plusMonths(1)) {
            rates.append(month).append(",EUR,").append(String.format(Locale.ROOT, "%.4f", 1.05 + (month.getMonthValue() % 5) / 100.0))
                    .append('\n');
        }
        Files.writeString(folder.resolve(ExchangeRates.FILE), rates);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
