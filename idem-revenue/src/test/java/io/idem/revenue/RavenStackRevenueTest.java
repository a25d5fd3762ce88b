package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the product against {@link ReferenceRevenue} on the RavenStack subscriptions (5,000 rows,
 * 500 accounts), loaded into a table shaped as the workspace's subscriptions source declares it.
 */
class RavenStackRevenueTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final double RATIO_TOLERANCE = 1e-9;

    private static Workspace workspace;
    private static Source source;
    private static ReferenceRevenue reference;

    @TempDir
    Path temp;

    @BeforeAll
    static void readReference() throws Exception {
        workspace = WorkspaceLoader.load(TestWorkspaces.ravenStackWorkspace());
        source = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
        reference = ReferenceRevenue.fromCsv(TestWorkspaces.ravenStackSubscriptions(), AS_OF);
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
        SourceTables.create(store, source);
        assertThat(SourceTables.loadCsv(store, source, TestWorkspaces.ravenStackSubscriptions())).isEqualTo(5_000);
        Map<String, List<BigDecimal>> mrr = new HashMap<>();
        Map<String, List<String>> movements = new HashMap<>();

        RevenueResult result = RevenueCalculator.forWorkspace(store, workspace).calculate(AS_OF, account -> {
            List<BigDecimal> amounts = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < account.months().size(); i++) {
                amounts.add(account.mrr(i));
                kinds.add(account.movement(i) == null ? "" : account.movement(i).outputName());
            }
            mrr.put(account.accountId(), amounts);
            movements.put(account.accountId(), kinds);
        });

        assertThat(result.months().first()).isEqualTo(reference.months.get(0));
        assertThat(result.months().size()).isEqualTo(reference.months.size());
        assertThat(result.accounts()).isEqualTo(reference.subscriptionsByAccount.size());
        assertAccountsMatch(mrr, movements);
        assertMonthlyTotalsMatch(result.monthly());
        assertSummaryMatches(result.summary());
        assertFilesMatch(store);
    }

    private static void assertAccountsMatch(Map<String, List<BigDecimal>> mrr, Map<String, List<String>> movements) {
        Map<String, List<BigDecimal>> expectedMrr = new HashMap<>();
        reference.mrrByAccount.forEach((account, amounts) -> expectedMrr.put(account,
                Arrays.stream(amounts).map(a -> a.setScale(Money.SCALE, RoundingMode.UNNECESSARY)).toList()));
        Map<String, List<String>> expectedMovements = new HashMap<>();
        reference.movementByAccount.forEach((account, kinds) -> expectedMovements.put(account, List.of(kinds)));

        assertThat(mrr).isEqualTo(expectedMrr);
        assertThat(movements).isEqualTo(expectedMovements);
    }

    private static void assertMonthlyTotalsMatch(List<MonthlyMovements> monthly) {
        for (int i = 0; i < monthly.size(); i++) {
            MonthlyMovements month = monthly.get(i);
            assertThat(month.month()).isEqualTo(reference.months.get(i));
            assertThat(month.newMrr()).isEqualByComparingTo(reference.totals.get("new")[i]);
            assertThat(month.expansion()).isEqualByComparingTo(reference.totals.get("expansion")[i]);
            assertThat(month.contraction()).isEqualByComparingTo(reference.totals.get("contraction")[i]);
            assertThat(month.churn()).isEqualByComparingTo(reference.totals.get("churn")[i]);
            assertThat(month.reactivation()).isEqualByComparingTo(reference.totals.get("reactivation")[i]);
            assertThat(month.mrr()).isEqualByComparingTo(reference.mrrTotals[i]);
        }
    }

    private static void assertSummaryMatches(RevenueSummary summary) {
        Object[] retention = reference.retention();
        BigDecimal expectedMrr = reference.mrrTotals[reference.months.size() - 1];
        YearMonth lastYear = YearMonth.from(AS_OF).minusMonths(11);

        assertThat(summary.mrr()).isEqualByComparingTo(expectedMrr);
        assertThat(summary.arr()).isEqualByComparingTo(expectedMrr.multiply(BigDecimal.valueOf(12)));
        assertThat(summary.nrr().value()).isCloseTo((Double) retention[0], within(RATIO_TOLERANCE));
        assertThat(summary.grr().value()).isCloseTo((Double) retention[1], within(RATIO_TOLERANCE));
        assertThat(summary.nrr().accounts()).isEqualTo((Long) retention[2]);
        assertThat(summary.nrr().startMonth()).isEqualTo(YearMonth.of(2023, 12));
        assertThat(summary.expansionShare().startMonth()).isEqualTo(lastYear);
        assertThat(summary.expansionShare().value()).isCloseTo(reference.expansionShare(lastYear), within(RATIO_TOLERANCE));
        assertThat(summary.expansionShare().expansion()).isEqualByComparingTo(reference.sum("expansion", lastYear));
        assertThat(summary.expansionShareAllHistory().value())
                .isCloseTo(reference.expansionShare(reference.months.get(0)), within(RATIO_TOLERANCE));
    }

    private void assertFilesMatch(Store store) throws Exception {
        Path out = temp.resolve("out-" + store.dialect().name());

        RevenueOutputs.write(RevenueCalculator.forWorkspace(store, workspace), AS_OF, out);

        List<String> movements = Files.readAllLines(out.resolve(MovementsCsvWriter.FILE));
        assertThat(movements.get(0)).isEqualTo("month,new,expansion,contraction,churn,reactivation,mrr");
        assertThat(movements.subList(1, movements.size())).containsExactlyElementsOf(reference.movementLines());
        List<String> accounts = Files.readAllLines(out.resolve(AccountMrrCsvWriter.FILE));
        assertThat(accounts.get(0)).isEqualTo("account_id,month,mrr,movement");
        assertThat(accounts.subList(1, accounts.size())).containsExactlyInAnyOrderElementsOf(reference.accountMrrLines());

        JsonNode summary = new ObjectMapper().readTree(out.resolve(SummaryJsonWriter.FILE).toFile());
        Object[] retention = reference.retention();
        assertThat(summary.get("as_of").asText()).isEqualTo("2024-12-31");
        assertThat(summary.get("currency").asText()).isEqualTo("USD");
        assertThat(summary.get("mrr").decimalValue())
                .isEqualByComparingTo(reference.mrrTotals[reference.months.size() - 1]);
        assertThat(summary.at("/nrr/value").asDouble()).isCloseTo((Double) retention[0], within(RATIO_TOLERANCE));
        assertThat(summary.at("/grr/value").asDouble()).isCloseTo((Double) retention[1], within(RATIO_TOLERANCE));
        assertThat(summary.at("/nrr/reason").isNull()).isTrue();
        assertThat(summary.at("/expansion_share/start_month").asText()).isEqualTo("2024-01");
        assertThat(summary.at("/benchmarks/expansion_share/target").asDouble()).isEqualTo(0.30);
        assertThat(summary.at("/benchmarks/expansion_share/source").asText()).startsWith("Target share of new MRR");
    }
}
