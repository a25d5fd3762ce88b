package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.DuckDbDialect;
import io.idem.workspace.Feature;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rollup plan that {@link AggregateQuery} builds for sources with {@code count_distinct}
 * features, on DuckDB and PostgreSQL, against distinct counts, sums and dates computed by a loop
 * over the same random rows. The rows include missing users and features, rows after the as-of
 * date, rows on window bounds, and accounts whose rows all fall outside the windows.
 */
class RollupPlanTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
    private static final List<LocalDate> BACKTEST_DATES = List.of(LocalDate.parse("2024-04-30"), LocalDate.parse("2024-05-31"), AS_OF);
    private static final int ACCOUNTS = 40;

    private static final String YAML = """
            idem: 1
            workspace: rollup
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
              usage:
                kind: usage
                file: usage.csv
                columns:
                  account_id: string
                  user_id: string
                  event_date: date
                  feature: string
                  count: integer
            features:
              users_7d: {source: usage, aggregate: count_distinct, column: user_id, window: 7d}
              users_30d: {source: usage, aggregate: count_distinct, column: user_id, window: 30d}
              users_prev_30d: {source: usage, aggregate: count_distinct, column: user_id, window: 30d, offset: 30d}
              users_ever: {source: usage, aggregate: count_distinct, column: user_id}
              report_users_30d: {source: usage, aggregate: count_distinct, column: user_id, where: "feature in ('reports', 'api')", window: 30d}
              features_30d: {source: usage, aggregate: count_distinct, column: feature, window: 30d}
              features_prev_30d: {source: usage, aggregate: count_distinct, column: feature, window: 30d, offset: 30d}
              days_90d: {source: usage, aggregate: count_distinct, column: event_date, window: 90d}
              usage_30d: {source: usage, aggregate: sum, column: count, window: 30d}
              events_30d: {source: usage, aggregate: count, window: 30d}
              last_use: {source: usage, aggregate: days_since_last}
              users_change: {expression: "pct_change(users_30d, users_prev_30d)"}
            """;

    private static final List<Expected> EXPECTED = List.of(
            distinct("users_7d", Row::user, 7, 0, row -> true),
            distinct("users_30d", Row::user, 30, 0, row -> true),
            distinct("users_prev_30d", Row::user, 30, 30, row -> true),
            distinct("users_ever", Row::user, null, 0, row -> true),
            distinct("report_users_30d", Row::user, 30, 0, row -> "reports".equals(row.feature()) || "api".equals(row.feature())),
            distinct("features_30d", Row::feature, 30, 0, row -> true),
            distinct("features_prev_30d", Row::feature, 30, 30, row -> true),
            distinct("days_90d", row -> row.date().toString(), 90, 0, row -> true));

    @TempDir
    static Path folder;

    private static final Map<Engine, TestStore> STORES = new EnumMap<>(Engine.class);
    private static final Map<Engine, Workspace> WORKSPACES = new EnumMap<>(Engine.class);
    private static final List<Row> ROWS = randomRows();

    record Row(String account, String user, LocalDate date, String feature, long count) {
    }

    private record Expected(String feature, java.util.function.Function<Row, String> column, Integer windowDays, int offsetDays,
                            Predicate<Row> where) {
    }

    private static Expected distinct(String feature, java.util.function.Function<Row, String> column, Integer windowDays, int offsetDays,
                                     Predicate<Row> where) {
        return new Expected(feature, column, windowDays, offsetDays, where);
    }

    @BeforeAll
    static void loadEveryEngine() throws Exception {
        for (Engine engine : Engine.values()) {
            Path workspaceFolder = folder.resolve(engine.name());
            TestStore store = TestStore.open(engine, workspaceFolder);
            STORES.put(engine, store);
            Workspace workspace = TestWorkspace.write(workspaceFolder, YAML);
            WORKSPACES.put(engine, workspace);
            SourceTable.create(store.store(), workspace.sources().get("accounts"));
            SourceTable.create(store.store(), workspace.sources().get("usage"));
            List<Object[]> accounts = new ArrayList<>();
            for (int a = 0; a < ACCOUNTS; a++) {
                accounts.add(new Object[] {account(a), (long) a + 2});
            }
            SourceTable.insert(store.store(), workspace.sources().get("accounts"), accounts);
            List<Object[]> usage = new ArrayList<>();
            for (int i = 0; i < ROWS.size(); i++) {
                Row row = ROWS.get(i);
                usage.add(new Object[] {row.account(), row.user(), row.date(), row.feature(), row.count(), (long) i + 2});
            }
            SourceTable.insert(store.store(), workspace.sources().get("usage"), usage);
        }
    }

    @AfterAll
    static void closeStores() {
        STORES.values().forEach(TestStore::close);
    }

    @Test
    void planGroupsByAccountAndColumnWithoutDistinct() {
        Workspace workspace = WORKSPACES.get(Engine.DUCKDB);
        Source usage = workspace.sources().get("usage");
        List<Feature> features = Definitions.compile(workspace).aggregateFeatures().stream()
                .filter(f -> "usage".equals(f.source())).toList();

        AggregateQuery query = AggregateQuery.build(workspace, usage, features, new DuckDbDialect(), AS_OF);

        assertThat(query.sql()).doesNotContainIgnoringCase("COUNT(DISTINCT");
        assertThat(query.sql()).contains("GROUP BY t.\"account_id\", t.\"user_id\"");
        assertThat(query.sql()).contains("GROUP BY t.\"account_id\", t.\"feature\"");
        assertThat(query.sql()).contains("GROUP BY t.\"account_id\", t.\"event_date\"");
        assertThat(query.sql()).doesNotContain("'reports'");
        assertThat(query.parameters()).contains("reports", "api");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void distinctCountsMatchLoop(Engine engine) {
        AccountFrame frame = new FeatureEngine(Definitions.compile(WORKSPACES.get(engine)), STORES.get(engine).store()).compute(AS_OF);

        SoftAssertions softly = new SoftAssertions();
        for (Expected expected : EXPECTED) {
            for (int a = 0; a < ACCOUNTS; a++) {
                softly.assertThat(frame.value(expected.feature(), frame.rowOf(account(a))))
                        .as("%s of %s", expected.feature(), account(a))
                        .isEqualTo(distinctCount(expected, account(a), AS_OF));
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void otherAggregatesOfSameSourceMatchLoop(Engine engine) {
        AccountFrame frame = new FeatureEngine(Definitions.compile(WORKSPACES.get(engine)), STORES.get(engine).store()).compute(AS_OF);

        SoftAssertions softly = new SoftAssertions();
        for (int a = 0; a < ACCOUNTS; a++) {
            String account = account(a);
            int row = frame.rowOf(account);
            List<Row> window = ROWS.stream().filter(r -> r.account().equals(account) && inWindow(r.date(), AS_OF, 30, 0)).toList();
            softly.assertThat(frame.value("usage_30d", row)).as("usage_30d of %s", account)
                    .isEqualTo((double) window.stream().mapToLong(Row::count).sum());
            softly.assertThat(frame.value("events_30d", row)).as("events_30d of %s", account).isEqualTo((double) window.size());
            LocalDate last = ROWS.stream().filter(r -> r.account().equals(account) && !r.date().isAfter(AS_OF)).map(Row::date)
                    .max(LocalDate::compareTo).orElse(null);
            softly.assertThat(frame.value("last_use", row)).as("last_use of %s", account)
                    .isEqualTo(last == null ? null : (double) java.time.temporal.ChronoUnit.DAYS.between(last, AS_OF));
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void backtestDatesEachMatchLoop(Engine engine) {
        FeatureEngine features = new FeatureEngine(Definitions.compile(WORKSPACES.get(engine)), STORES.get(engine).store());
        Set<String> names = new HashSet<>();
        EXPECTED.forEach(expected -> names.add(expected.feature()));

        Map<LocalDate, AccountFrame> frames = features.computeAt(BACKTEST_DATES, names);

        SoftAssertions softly = new SoftAssertions();
        for (LocalDate date : BACKTEST_DATES) {
            AccountFrame frame = frames.get(date);
            for (Expected expected : EXPECTED) {
                for (int a = 0; a < ACCOUNTS; a++) {
                    softly.assertThat(frame.value(expected.feature(), frame.rowOf(account(a))))
                            .as("%s of %s at %s", expected.feature(), account(a), date)
                            .isEqualTo(distinctCount(expected, account(a), date));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void accountsWithoutRowsGetZero() {
        AccountFrame frame = new FeatureEngine(Definitions.compile(WORKSPACES.get(Engine.DUCKDB)), STORES.get(Engine.DUCKDB).store())
                .compute(AS_OF);
        // The last account has no usage rows at all (see randomRows).
        int row = frame.rowOf(account(ACCOUNTS - 1));

        assertThat(frame.value("users_30d", row)).isEqualTo(0.0);
        assertThat(frame.value("users_ever", row)).isEqualTo(0.0);
        assertThat(frame.value("usage_30d", row)).isEqualTo(0.0);
        assertThat(frame.value("last_use", row)).isNull();
        assertThat(frame.value("users_change", row)).isNull();
    }

    private static double distinctCount(Expected expected, String account, LocalDate asOf) {
        Set<String> values = new HashSet<>();
        for (Row row : ROWS) {
            if (!row.account().equals(account) || !expected.where().test(row)) {
                continue;
            }
            boolean inWindow = expected.windowDays() == null
                    ? !row.date().isAfter(asOf.minusDays(expected.offsetDays()))
                    : inWindow(row.date(), asOf, expected.windowDays(), expected.offsetDays());
            String value = expected.column().apply(row);
            if (inWindow && value != null) {
                values.add(value);
            }
        }
        return values.size();
    }

    private static boolean inWindow(LocalDate date, LocalDate asOf, int windowDays, int offsetDays) {
        LocalDate end = asOf.minusDays(offsetDays);
        return !date.isAfter(end) && date.isAfter(end.minusDays(windowDays));
    }

    private static String account(int index) {
        return String.format("A%03d", index);
    }

    /**
     * 3,000 rows over all accounts but the last: dates from 200 days before the as-of date to 10
     * days after it, one user in ten and one feature in fifteen missing. Accounts 0 to 2 only have
     * rows older than 120 days, so every windowed count is 0 for them.
     */
    private static List<Row> randomRows() {
        Random random = new Random(20241204L);
        String[] features = {"reports", "api", "search", "alerts", "sso"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int account = random.nextInt(ACCOUNTS - 1);
            int daysBack = account < 3 ? 121 + random.nextInt(80) : random.nextInt(211) - 10;
            String user = random.nextInt(10) == 0 ? null : "u" + random.nextInt(12);
            String feature = random.nextInt(15) == 0 ? null : features[random.nextInt(features.length)];
            rows.add(new Row(account(account), user, AS_OF.minusDays(daysBack), feature, 1 + random.nextInt(5)));
        }
        // Rows exactly on the bounds of the 30-day window and its 30-day offset.
        rows.add(new Row(account(5), "edge-in", AS_OF.minusDays(29), "reports", 1));
        rows.add(new Row(account(5), "edge-out", AS_OF.minusDays(30), "reports", 1));
        rows.add(new Row(account(5), "edge-prev", AS_OF.minusDays(60), "api", 1));
        return rows;
    }
}
