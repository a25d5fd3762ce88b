package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the ledger, the sliced metrics and the cohort tables on RavenStack (5,000 subscriptions,
 * 500 accounts) against {@link ReferenceLedger}, which recomputes them from the CSV files with
 * plain Java, on DuckDB and on PostgreSQL.
 */
class RavenStackLedgerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final MetricWindow YEAR_2024 = new MetricWindow(LocalDate.of(2023, 12, 31), AS_OF);
    private static final double TOLERANCE = 1e-9;

    private static Workspace workspace;
    private static ReferenceRevenue reference;
    private static ReferenceLedger ledger;
    private static Map<String, Map<String, String>> accountColumns;

    @TempDir
    Path temp;

    @BeforeAll
    static void readReference() throws Exception {
        workspace = WorkspaceLoader.load(TestWorkspaces.ravenStackWorkspace());
        reference = ReferenceRevenue.fromCsv(TestWorkspaces.ravenStackSubscriptions(), AS_OF);
        ledger = new ReferenceLedger(reference, null);
        accountColumns = readAccounts(accountsCsv());
    }

    @Test
    void matchesReferenceOnDuckDb() throws Exception {
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("store.duckdb")))) {
            checkAgainstReference(store);
        }
    }

    @Test
    void matchesReferenceOnPostgres() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create(); Store store = Store.open(database.location())) {
            checkAgainstReference(store);
        }
    }

    private void checkAgainstReference(Store store) throws Exception {
        loadTables(store);
        Path out = temp.resolve("out-" + store.dialect().name());

        RevenueAnalysis analysis = RevenueOutputs.writeAll(RevenueCalculator.forWorkspace(store, workspace), AS_OF, YEAR_2024, out);

        assertLedgerFileMatches(out);
        assertLedgerBalancesEqualMonthEnds(out, analysis.revenue());
        assertThat(analysis.ledgerEntries()).isEqualTo(ledger.lines().size());
        assertSlicesMatch(analysis.total(), ledger.slices(YEAR_2024.start(), YEAR_2024.end(), account -> null).get(null));
        for (String dimension : List.of("plan", "industry", "country")) {
            assertDimensionMatches(analysis.byDimension().get(dimension), dimension);
            assertThat(out.resolve(MetricsCsvWriter.fileFor(dimension))).exists();
        }
        assertThat(analysis.byDimension().keySet()).containsExactly("plan", "industry", "country");
        assertTotalAgreesWithSummary(analysis);
        assertCohortsMatch(analysis.cohorts());
        assertCohortFilesMatch(out);
    }

    private static void assertLedgerFileMatches(Path out) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve(LedgerCsvWriter.FILE));
        assertThat(lines.get(0)).isEqualTo("date,account_id,movement,amount,mrr_after");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(ledger.lines());
    }

    /** Sums the file's signed amounts up to each month's snapshot day and compares with the month-end MRR. */
    private static void assertLedgerBalancesEqualMonthEnds(Path out, RevenueResult result) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve(LedgerCsvWriter.FILE));
        for (int i = 0; i < result.months().size(); i++) {
            LocalDate snapshot = result.months().snapshot(i);
            BigDecimal balance = BigDecimal.ZERO;
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",");
                if (!LocalDate.parse(fields[0]).isAfter(snapshot)) {
                    BigDecimal amount = new BigDecimal(fields[3]);
                    balance = fields[2].equals("contraction") || fields[2].equals("churn") ? balance.subtract(amount) : balance.add(amount);
                }
            }
            assertThat(balance).as("ledger balance on %s", snapshot).isEqualByComparingTo(result.monthly().get(i).mrr());
            assertThat(ledger.balanceOn(snapshot)).as("reference balance on %s", snapshot).isEqualByComparingTo(reference.mrrTotals[i]);
        }
    }

    private void assertDimensionMatches(List<SliceMetrics> slices, String dimension) {
        Map<String, ReferenceLedger.Slice> expected = ledger.slices(YEAR_2024.start(), YEAR_2024.end(),
                account -> accountColumns.get(account).get(dimension));
        assertThat(slices).extracting(SliceMetrics::value).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (SliceMetrics slice : slices) {
            assertThat(slice.dimension()).isEqualTo(dimension);
            assertSlicesMatch(slice, expected.get(slice.value()));
        }
    }

    private static void assertSlicesMatch(SliceMetrics actual, ReferenceLedger.Slice expected) {
        String name = actual.dimension() + "=" + actual.value();
        assertThat(actual.metric(RevenueMetric.MRR).value()).as(name).isEqualByComparingTo(expected.endMrr);
        assertThat(actual.metric(RevenueMetric.ARR).value()).as(name).isEqualByComparingTo(expected.endMrr.multiply(BigDecimal.valueOf(12)));
        assertThat(actual.metric(RevenueMetric.MRR_START).value()).as(name).isEqualByComparingTo(expected.startMrr);
        assertThat(actual.metric(RevenueMetric.ACCOUNTS).value()).as(name).isEqualByComparingTo(BigDecimal.valueOf(expected.accountsAtEnd));
        assertThat(actual.metric(RevenueMetric.ARPA).value()).as(name).isEqualByComparingTo(expected.arpa());
        for (Movement movement : Movement.values()) {
            assertThat(actual.metric(RevenueMetric.valueOf(movement.name())).value()).as(name + " " + movement)
                    .isEqualByComparingTo(expected.movement(movement.outputName()));
        }
        assertRatio(actual.metric(RevenueMetric.NRR), expected.nrr(), name);
        assertRatio(actual.metric(RevenueMetric.GRR), expected.grr(), name);
        assertRatio(actual.metric(RevenueMetric.EXPANSION_SHARE), expected.expansionShare(), name);
        assertRatio(actual.metric(RevenueMetric.QUICK_RATIO), expected.quickRatio(), name);
    }

    private static void assertRatio(MetricValue actual, Double expected, String slice) {
        if (expected == null) {
            assertThat(actual.value()).as(slice + " " + actual.metric()).isNull();
            assertThat(actual.reason()).as(slice + " " + actual.metric()).isNotBlank();
        } else {
            assertThat(actual.value().doubleValue()).as(slice + " " + actual.metric()).isCloseTo(expected, within(TOLERANCE));
        }
    }

    /** Compares the whole book with the summary, whose NRR spans the same window: from the end of the month 12 months back to the as-of date. */
    private static void assertTotalAgreesWithSummary(RevenueAnalysis analysis) {
        RevenueSummary summary = analysis.revenue().summary();
        assertThat(analysis.total().metric(RevenueMetric.NRR).value().doubleValue()).isCloseTo(summary.nrr().value(), within(TOLERANCE));
        assertThat(analysis.total().metric(RevenueMetric.GRR).value().doubleValue()).isCloseTo(summary.grr().value(), within(TOLERANCE));
        assertThat(analysis.total().metric(RevenueMetric.MRR).value()).isEqualByComparingTo(summary.mrr());
        assertThat(analysis.total().metric(RevenueMetric.NRR).benchmark()).isEqualTo(summary.nrrBenchmark());
    }

    private static void assertCohortsMatch(List<CohortRow> cohorts) {
        Map<YearMonth, List<BigDecimal[]>> expected = ledger.cohorts();
        assertThat(cohorts).extracting(CohortRow::cohort).containsExactlyElementsOf(expected.keySet());
        for (CohortRow row : cohorts) {
            List<BigDecimal[]> values = expected.get(row.cohort());
            assertThat(row.accounts()).as("accounts of %s", row.cohort()).isEqualTo(values.get(0)[0].longValueExact());
            assertThat(row.startMrr()).as("start MRR of %s", row.cohort()).isEqualByComparingTo(values.get(0)[1]);
            assertThat(row.monthsObserved()).isEqualTo(values.size() - 1);
            for (int k = 0; k < row.monthsObserved(); k++) {
                assertThat(row.activeAccounts().get(k)).as("%s month %d", row.cohort(), k).isEqualTo(values.get(k + 1)[0].longValueExact());
                assertThat(row.mrr().get(k)).as("%s month %d", row.cohort(), k).isEqualByComparingTo(values.get(k + 1)[1]);
                assertThat(row.logoRetention(k)).isCloseTo(ReferenceLedger.divide(values.get(k + 1)[0], values.get(0)[0]), within(TOLERANCE));
                assertThat(row.revenueRetention(k)).isCloseTo(ReferenceLedger.divide(values.get(k + 1)[1], values.get(0)[1]), within(TOLERANCE));
            }
        }
    }

    private static void assertCohortFilesMatch(Path out) throws Exception {
        Map<YearMonth, List<BigDecimal[]>> expected = ledger.cohorts();
        List<String> logo = Files.readAllLines(out.resolve(CohortCsvWriter.LOGO_FILE));
        List<String> revenue = Files.readAllLines(out.resolve(CohortCsvWriter.REVENUE_FILE));
        int columns = expected.values().stream().mapToInt(List::size).max().orElseThrow() - 1;
        assertThat(logo.get(0)).startsWith("cohort,accounts,month_0,month_1,").endsWith(",month_" + (columns - 1));
        assertThat(revenue.get(0)).startsWith("cohort,start_mrr,month_0,");
        assertThat(logo).hasSize(expected.size() + 1);

        int line = 1;
        for (Map.Entry<YearMonth, List<BigDecimal[]>> cohort : expected.entrySet()) {
            String[] logoFields = logo.get(line).split(",", -1);
            String[] revenueFields = revenue.get(line).split(",", -1);
            List<BigDecimal[]> values = cohort.getValue();
            assertThat(logoFields[0]).isEqualTo(cohort.getKey().toString());
            assertThat(revenueFields[1]).isEqualTo(ReferenceLedger.cents(values.get(0)[1]));
            for (int k = 0; k < columns; k++) {
                if (k + 1 < values.size()) {
                    assertThat(Double.parseDouble(logoFields[k + 2]))
                            .isCloseTo(ReferenceLedger.divide(values.get(k + 1)[0], values.get(0)[0]), within(5e-7));
                    assertThat(Double.parseDouble(revenueFields[k + 2]))
                            .isCloseTo(ReferenceLedger.divide(values.get(k + 1)[1], values.get(0)[1]), within(5e-7));
                } else {
                    assertThat(logoFields[k + 2]).as("%s month %d is not observed yet", cohort.getKey(), k).isEmpty();
                }
            }
            line++;
        }
    }

    private static void loadTables(Store store) throws Exception {
        Source subscriptions = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
        Source accounts = workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow();
        SourceTables.create(store, subscriptions);
        SourceTables.create(store, accounts);
        assertThat(SourceTables.loadCsv(store, subscriptions, TestWorkspaces.ravenStackSubscriptions())).isEqualTo(5_000);
        assertThat(SourceTables.loadCsv(store, accounts, accountsCsv())).isEqualTo(500);
    }

    private static Path accountsCsv() {
        return TestWorkspaces.ravenStackSubscriptions().resolveSibling("ravenstack_accounts.csv");
    }

    /** Reads plan (from plan_tier), industry and country per account id. */
    private static Map<String, Map<String, String>> readAccounts(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        Map<String, Map<String, String>> accounts = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            Map<String, String> values = new HashMap<>();
            values.put("plan", fields[header.indexOf("plan_tier")]);
            values.put("industry", fields[header.indexOf("industry")]);
            values.put("country", fields[header.indexOf("country")]);
            accounts.put(fields[header.indexOf("account_id")], values);
        }
        return accounts;
    }
}
