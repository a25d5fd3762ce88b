package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining account columns to subscriptions: integer ids, duplicate account rows and the choice of columns. */
class AccountDimensionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final String YAML = """
            idem: 1
            workspace: dimensions
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: {type: integer, required: true}
                  country: string
                  seats: integer
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                columns:
                  account_id: {type: string, required: true}
                  start_date: {type: date, required: true}
                  mrr: {type: money, required: true}
            """;

    @TempDir
    Path temp;

    @Test
    void joinsIntegerIdsOnDuckDb() throws Exception {
        Workspace workspace = workspace();
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("store.duckdb")))) {
            assertMrrByValue(store, workspace);
        }
    }

    @Test
    void joinsIntegerIdsOnPostgres() throws Exception {
        Workspace workspace = workspace();
        try (PostgresTestDatabase database = PostgresTestDatabase.create(); Store store = Store.open(database.location())) {
            assertMrrByValue(store, workspace);
        }
    }

    @Test
    void defaultsAreDeclaredStandardColumns() throws Exception {
        Workspace workspace = workspace();

        Path wide = Files.createDirectories(temp.resolve("wide"));

        assertThat(AccountDimensions.defaults(workspace).columns()).containsExactly("country");
        try (WideStore data = WideStore.open(wide)) {
            assertThat(AccountDimensions.defaults(data.workspace).columns()).containsExactly("plan", "owner");
        }
    }

    @Test
    void rejectsAccountIdAndRepeatedColumns() throws Exception {
        Workspace workspace = workspace();

        assertThatThrownBy(() -> AccountDimensions.of(workspace, List.of("account_id")))
                .isInstanceOf(RevenueException.class).hasMessageContaining("one slice per account");
        assertThatThrownBy(() -> AccountDimensions.of(workspace, List.of("country", "country")))
                .isInstanceOf(RevenueException.class).hasMessageContaining("names a column twice");
    }

    /**
     * Account 1 is listed twice, in FR and DE, and the smaller text, DE, is used. Account 3 has no
     * accounts row. Seats, an integer column, slices as text, so "10" sorts before "5".
     */
    private void assertMrrByValue(Store store, Workspace workspace) throws Exception {
        SourceTables.create(store, workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow());
        SourceTables.create(store, workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow());
        SourceTables.insert(store, workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow(), List.of(
                new Object[] {1L, "FR", 5L}, new Object[] {1L, "DE", 5L}, new Object[] {2L, "US", 10L}));
        SourceTables.insert(store, workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow(), List.of(
                new Object[] {"1", LocalDate.of(2024, 1, 1), new BigDecimal("100")},
                new Object[] {"1", LocalDate.of(2024, 2, 1), new BigDecimal("20")},
                new Object[] {"2", LocalDate.of(2024, 1, 1), new BigDecimal("50")},
                new Object[] {"3", LocalDate.of(2024, 1, 1), new BigDecimal("7")}));
        RevenueCalculator calculator = new RevenueCalculator(store, RevenueCalculator.subscriptionsSource(workspace),
                RevenueSettings.of(workspace), AccountDimensions.of(workspace, List.of("country", "seats")));

        RevenueAnalysis analysis = calculator.analyse(AS_OF);

        assertThat(mrrByValue(analysis.byDimension().get("country"))).containsExactly(
                Map.entry("DE", "120.0000"), Map.entry("US", "50.0000"), Map.entry("none", "7.0000"));
        assertThat(mrrByValue(analysis.byDimension().get("seats"))).containsExactly(
                Map.entry("10", "50.0000"), Map.entry("5", "120.0000"), Map.entry("none", "7.0000"));
        assertThat(analysis.total().metric(RevenueMetric.MRR).value()).isEqualByComparingTo("177");
    }

    /** Returns each slice's MRR in slice order, "none" standing for accounts without a value. */
    private static Map<String, String> mrrByValue(List<SliceMetrics> slices) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SliceMetrics slice : slices) {
            values.put(slice.value() == null ? "none" : slice.value(), slice.metric(RevenueMetric.MRR).value().toPlainString());
        }
        return values;
    }

    private Workspace workspace() throws Exception {
        Files.writeString(temp.resolve(WorkspaceLoader.CONFIG_FILE), YAML);
        return WorkspaceLoader.load(temp);
    }
}
