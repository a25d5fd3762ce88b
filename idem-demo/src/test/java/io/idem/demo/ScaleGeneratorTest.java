package io.idem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row counts, value ranges and determinism of {@link ScaleGenerator}, on DuckDB and PostgreSQL.
 * Checksums are sums and counts taken with SQL over every table, compared between two runs with
 * the same seed, a run with another seed, and the two engines.
 */
class ScaleGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-12-31");
    private static final ScaleGenerator.Spec SPEC = new ScaleGenerator.Spec(1_000, 25, 42, AS_OF);

    @TempDir
    Path folder;

    @Test
    void rowCountsMatchSpec() throws Exception {
        Workspace workspace = benchWorkspace();
        try (Store store = duckDb("counts")) {
            Map<String, Long> written = ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> { });

            assertThat(count(store, "src_accounts")).isEqualTo(1_000);
            assertThat(count(store, "src_usage")).isEqualTo(25_000);
            assertThat(count(store, "src_subscriptions")).isEqualTo(2_000);
            assertThat(count(store, "src_responses")).isEqualTo(3_000);
            assertThat(count(store, "src_tickets")).isEqualTo(4_000);
            assertThat(count(store, "src_touchpoints")).isEqualTo(3_000);
            assertThat(count(store, "src_invoices")).isEqualTo(6_000);
            assertThat(written.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SPEC.totalRows());
        }
    }

    @Test
    void rowsHaveUniqueIdsAndValidRanges() throws Exception {
        Workspace workspace = benchWorkspace();
        try (Store store = duckDb("shape")) {
            ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> { });

            assertThat(scalar(store, "SELECT COUNT(DISTINCT account_id) FROM src_accounts")).isEqualTo(1_000);
            assertThat(scalar(store, "SELECT COUNT(DISTINCT event_id) FROM src_usage")).isEqualTo(25_000);
            assertThat(scalar(store, "SELECT COUNT(DISTINCT subscription_id) FROM src_subscriptions")).isEqualTo(2_000);
            // Every account has exactly 25 usage rows, and every usage row belongs to a generated account.
            assertThat(scalar(store, "SELECT COUNT(*) FROM (SELECT account_id FROM src_usage GROUP BY account_id "
                    + "HAVING COUNT(*) <> 25) x")).isZero();
            assertThat(scalar(store, "SELECT COUNT(*) FROM src_usage u LEFT JOIN src_accounts a ON a.account_id = u.account_id "
                    + "WHERE a.account_id IS NULL")).isZero();
            // Dates fall in the two years of history, and users belong to their account.
            assertThat(scalar(store, "SELECT COUNT(*) FROM src_usage WHERE event_date > DATE '2024-12-31' "
                    + "OR event_date <= DATE '2022-12-31'")).isZero();
            assertThat(scalar(store, "SELECT COUNT(*) FROM src_usage WHERE NOT starts_with(user_id, account_id || '-u')")).isZero();
            // Subscriptions start before they end, and the first one of each account ends when the second starts.
            assertThat(scalar(store, "SELECT COUNT(*) FROM src_subscriptions WHERE end_date <= start_date")).isZero();
            assertThat(scalar(store, "SELECT COUNT(*) FROM src_subscriptions s1 JOIN src_subscriptions s2 "
                    + "ON s1.account_id = s2.account_id AND s1._line + 1 = s2._line AND s1._line % 2 = 0 "
                    + "WHERE s1.end_date <> s2.start_date")).isZero();
        }
    }

    @Test
    void sameSeedGivesSameChecksums() throws Exception {
        Workspace workspace = benchWorkspace();
        List<Long> first;
        List<Long> second;
        List<Long> otherSeed;
        try (Store store = duckDb("first")) {
            ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> { });
            first = checksums(store);
        }
        try (Store store = duckDb("second")) {
            ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> { });
            second = checksums(store);
        }
        try (Store store = duckDb("other")) {
            ScaleGenerator.generate(workspace, store, new ScaleGenerator.Spec(1_000, 25, 7, AS_OF), (done, total) -> { });
            otherSeed = checksums(store);
        }

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void postgresGivesSameRowsAsDuckDb() throws Exception {
        Workspace workspace = benchWorkspace();
        List<Long> duckDb;
        try (Store store = duckDb("engines")) {
            ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> { });
            duckDb = checksums(store);
        }
        List<Long> postgres;
        try (PostgresTestDatabase database = PostgresTestDatabase.create(); Store store = Store.open(database.location())) {
            ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> { });
            postgres = checksums(store);
        }

        assertThat(postgres).isEqualTo(duckDb);
    }

    @Test
    void progressReachesTotal() throws Exception {
        Workspace workspace = benchWorkspace();
        List<Long> reported = new ArrayList<>();
        try (Store store = duckDb("progress")) {
            ScaleGenerator.generate(workspace, store, SPEC, (done, total) -> {
                assertThat(total).isEqualTo(SPEC.totalRows());
                reported.add(done);
            });
        }

        assertThat(reported).isSorted();
        assertThat(reported.get(reported.size() - 1)).isEqualTo(SPEC.totalRows());
    }

    private Workspace benchWorkspace() throws Exception {
        Path workspaceFolder = folder.resolve("workspace");
        ScaleGenerator.writeBenchWorkspace(workspaceFolder, AS_OF);
        return WorkspaceLoader.load(workspaceFolder);
    }

    private Store duckDb(String name) {
        return Store.open(StoreLocation.duckDb(folder.resolve(name + ".duckdb")));
    }

    /** Sums over every table that change when any generated value changes, written to give the same integers on both engines. */
    private static List<Long> checksums(Store store) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("accounts", "SELECT SUM(seats * 7 + LENGTH(plan) * 3 + LENGTH(industry) + LENGTH(segment) * 11 + LENGTH(owner) "
                + "+ (DATE '2024-12-31' - signup_date)) FROM src_accounts");
        queries.put("subscription seats", "SELECT SUM(seats + LENGTH(billing_period)) FROM src_subscriptions");
        queries.put("subscription mrr", "SELECT CAST(SUM(mrr) * 100 AS BIGINT) FROM src_subscriptions");
        queries.put("subscription dates", "SELECT SUM((DATE '2024-12-31' - start_date) + COALESCE(DATE '2024-12-31' - end_date, 17)) "
                + "FROM src_subscriptions");
        queries.put("usage", "SELECT SUM(count * 31 + (DATE '2024-12-31' - event_date) * 7 + LENGTH(feature) + LENGTH(user_id) "
                + "+ CAST(SUBSTRING(user_id, LENGTH(user_id) - 2, 3) AS INTEGER) * 13) FROM src_usage");
        queries.put("responses", "SELECT SUM(score * 5 + LENGTH(survey) + (DATE '2024-12-31' - responded_on)) FROM src_responses");
        queries.put("tickets", "SELECT SUM(COALESCE(satisfaction, 9) + LENGTH(priority) + (DATE '2024-12-31' - opened_on) "
                + "+ CASE WHEN escalated THEN 100 ELSE 0 END + CASE WHEN closed_at IS NULL THEN 1000 ELSE 0 END) FROM src_tickets");
        queries.put("touchpoints", "SELECT SUM(LENGTH(type) + (DATE '2024-12-31' - occurred_on)) FROM src_touchpoints");
        queries.put("invoices", "SELECT SUM(CAST(amount AS BIGINT) + (DATE '2024-12-31' - due_on) + COALESCE(DATE '2024-12-31' - paid_on, 999)) "
                + "FROM src_invoices");
        List<Long> sums = new ArrayList<>();
        for (String sql : queries.values()) {
            sums.add(scalar(store, sql));
        }
        return sums;
    }

    private static long count(Store store, String table) throws SQLException {
        return scalar(store, "SELECT COUNT(*) FROM " + table);
    }

    private static long scalar(Store store, String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
