package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.stat.regression.SimpleRegression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code trend} aggregate and the {@code pct_change(..., last, previous)} window comparison on
 * DuckDB and PostgreSQL. Trends are checked against Hipparchus' SimpleRegression fitted to weekly
 * totals built by a plain loop over the generated rows: week k contains the dates
 * {@code end - 7k - 6 .. end - 7k}, where end is the as-of date less the offset. Window comparisons
 * are checked against sums from hand-written SQL. usage_copy contains the same rows as usage, and its
 * count_distinct feature makes the feature engine read it with the rollup plan instead of one scan.
 */
class TrendAndWindowFeatureTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    private static final String YAML = """
            idem: 1
            workspace: trend
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
              usage:
                kind: usage
                file: usage.csv
                columns:
                  account_id: string
                  event_date: date
                  usage_count: integer
              usage_copy:
                kind: usage
                file: usage_copy.csv
                columns:
                  account_id: string
                  event_date: date
                  usage_count: integer
            features:
              distinct_counts_4w: {source: usage_copy, aggregate: count_distinct, column: usage_count, window: 4w}
              copy_trend_12w: {source: usage_copy, aggregate: trend, column: usage_count, window: 12w}
              usage_trend_12w: {source: usage, aggregate: trend, column: usage_count, window: 12w}
              events_trend_4w: {source: usage, aggregate: trend, window: 28d}
              usage_trend_3w_offset: {source: usage, aggregate: trend, column: usage_count, window: 3w, offset: 10d}
              busy_trend_6w: {source: usage, aggregate: trend, column: usage_count, where: "usage_count >= 5", window: 6w}
              usage_trend_call:
                expression: trend(usage_count from usage, last 12w)
              usage_change_30d:
                expression: pct_change(sum(usage_count from usage), last 30d, previous 30d)
              usage_rate_change_7d_28d:
                expression: pct_change(sum(usage_count from usage), last 7d, previous 28d)
            """;

    @org.junit.jupiter.api.io.TempDir
    static Path folder;

    private static final Map<Engine, TestStore> STORES = new EnumMap<>(Engine.class);
    private static final Map<Engine, AccountFrame> FRAMES = new EnumMap<>(Engine.class);
    private static final Map<Engine, Workspace> WORKSPACES = new EnumMap<>(Engine.class);
    private static final List<Object[]> USAGE = new ArrayList<>();
    private static final List<String> ACCOUNTS = new ArrayList<>();

    @BeforeAll
    static void computeOnEveryEngine() throws Exception {
        generateRows();
        for (Engine engine : Engine.values()) {
            TestStore store = TestStore.open(engine, folder.resolve(engine.name()));
            STORES.put(engine, store);
            Workspace workspace = TestWorkspace.write(folder.resolve(engine.name()), YAML);
            WORKSPACES.put(engine, workspace);
            SourceTable.create(store.store(), workspace.sources().get("accounts"));
            SourceTable.create(store.store(), workspace.sources().get("usage"));
            List<Object[]> accounts = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                accounts.add(new Object[] {ACCOUNTS.get(i), (long) i});
            }
            SourceTable.insert(store.store(), workspace.sources().get("accounts"), accounts);
            SourceTable.insert(store.store(), workspace.sources().get("usage"), USAGE);
            SourceTable.create(store.store(), workspace.sources().get("usage_copy"));
            SourceTable.insert(store.store(), workspace.sources().get("usage_copy"), USAGE);
            FRAMES.put(engine, new FeatureEngine(Definitions.compile(workspace), store.store()).compute(AS_OF));
        }
    }

    @AfterAll
    static void closeStores() {
        STORES.values().forEach(TestStore::close);
    }

    /**
     * Generates the rows. Account none has no rows, and one has a single row on the as-of date. edges
     * has rows on the first and last day of weeks and just outside the 12-week window. r00..r39 have
     * random rows from before the window to after the as-of date.
     */
    private static void generateRows() {
        ACCOUNTS.addAll(List.of("none", "one", "edges"));
        long line = 1;
        USAGE.add(new Object[] {"one", AS_OF, 1L, line++});
        for (int daysBack : new int[] {0, 6, 7, 13, 14, 83, 84, -1}) {
            USAGE.add(new Object[] {"edges", AS_OF.minusDays(daysBack), (long) (daysBack + 1), line++});
        }
        Random random = new Random(20240630);
        for (int a = 0; a < 40; a++) {
            String account = String.format("r%02d", a);
            ACCOUNTS.add(account);
            int rows = random.nextInt(60);
            for (int r = 0; r < rows; r++) {
                LocalDate date = AS_OF.minusDays(random.nextInt(100) - 5);
                USAGE.add(new Object[] {account, date, (long) random.nextInt(20), line++});
            }
        }
    }

    /** Fits weekly totals against time by least squares, with time running -k for week k. */
    private static double expectedSlope(String account, int weeks, int offsetDays, boolean countRows) {
        return expectedSlope(account, weeks, offsetDays, countRows, Long.MIN_VALUE);
    }

    /** Fits as above, keeping only rows whose usage_count is at least {@code minimumCount}. */
    private static double expectedSlope(String account, int weeks, int offsetDays, boolean countRows, long minimumCount) {
        LocalDate end = AS_OF.minusDays(offsetDays);
        double[] totals = new double[weeks];
        for (Object[] row : USAGE) {
            if (!row[0].equals(account) || (Long) row[2] < minimumCount) {
                continue;
            }
            long daysBack = ChronoUnit.DAYS.between((LocalDate) row[1], end);
            if (daysBack < 0 || daysBack >= 7L * weeks) {
                continue;
            }
            totals[(int) (daysBack / 7)] += countRows ? 1 : (Long) row[2];
        }
        SimpleRegression regression = new SimpleRegression();
        for (int k = 0; k < weeks; k++) {
            regression.addData(-k, totals[k]);
        }
        return regression.getSlope();
    }

    private static Double value(Engine engine, String feature, String account) {
        AccountFrame frame = FRAMES.get(engine);
        return (Double) frame.value(feature, frame.rowOf(account));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trendMatchesRegressionOnGeneratedRows(Engine engine) {
        for (String account : ACCOUNTS) {
            assertThat(value(engine, "usage_trend_12w", account)).as("usage_trend_12w of %s", account)
                    .isCloseTo(expectedSlope(account, 12, 0, false), within(1e-9));
            assertThat(value(engine, "events_trend_4w", account)).as("events_trend_4w of %s", account)
                    .isCloseTo(expectedSlope(account, 4, 0, true), within(1e-9));
            assertThat(value(engine, "usage_trend_3w_offset", account)).as("usage_trend_3w_offset of %s", account)
                    .isCloseTo(expectedSlope(account, 3, 10, false), within(1e-9));
            assertThat(value(engine, "busy_trend_6w", account)).as("busy_trend_6w of %s", account)
                    .isCloseTo(expectedSlope(account, 6, 0, false, 5), within(1e-9));
            assertThat(value(engine, "copy_trend_12w", account)).as("copy_trend_12w of %s", account)
                    .isCloseTo(expectedSlope(account, 12, 0, false), within(1e-9));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trendCallEqualsDeclaredFeature(Engine engine) {
        for (String account : ACCOUNTS) {
            assertThat(value(engine, "usage_trend_call", account)).as("usage_trend_call of %s", account)
                    .isCloseTo(value(engine, "usage_trend_12w", account), within(1e-12));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trendOfAccountWithoutRowsIsZero(Engine engine) {
        assertThat(value(engine, "usage_trend_12w", "none")).isEqualTo(0.0);
        assertThat(value(engine, "events_trend_4w", "none")).isEqualTo(0.0);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trendOfOneRowWorkedByHand(Engine engine) {
        // Weekly counts oldest first are 0, 0, 0, 1 at times 0..3: mean time 1.5 and sum of squared
        // deviations 5, so the slope is sum((t - 1.5) * y) / 5 = 1.5 * 1 / 5 = 0.3 per week.
        assertThat(value(engine, "events_trend_4w", "one")).isCloseTo(0.3, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void trendPutsBoundaryDaysInTheRightWeek(Engine engine) {
        // edges over 4 weeks, counting rows: days back 0 and 6 are week 0, 7 and 13 week 1, 14 week 2,
        // 83 and 84 fall outside, -1 is after the as-of date. Oldest first the counts are 0, 1, 2, 2
        // at times 0..3: slope = sum((t - 1.5) * y) / 5 = (-0.5 * 1 + 0.5 * 2 + 1.5 * 2) / 5 = 0.7.
        assertThat(value(engine, "events_trend_4w", "edges")).isCloseTo(0.7, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void equalWindowsCompareTotals(Engine engine) throws Exception {
        Map<String, double[]> sums = windowSums(engine, 30, 30);
        for (String account : ACCOUNTS) {
            double[] pair = sums.getOrDefault(account, new double[2]);
            Double expected = pair[1] == 0 ? null : (pair[0] - pair[1]) / pair[1];
            assertThat(value(engine, "usage_change_30d", account)).as("usage_change_30d of %s", account)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void differentWindowsCompareDailyRates(Engine engine) throws Exception {
        Map<String, double[]> sums = windowSums(engine, 7, 28);
        int compared = 0;
        for (String account : ACCOUNTS) {
            double[] pair = sums.getOrDefault(account, new double[2]);
            Double actual = value(engine, "usage_rate_change_7d_28d", account);
            if (pair[1] == 0) {
                assertThat(actual).as("usage_rate_change_7d_28d of %s", account).isNull();
                continue;
            }
            double lastRate = pair[0] / 7;
            double previousRate = pair[1] / 28;
            assertThat(actual).as("usage_rate_change_7d_28d of %s", account)
                    .isCloseTo((lastRate - previousRate) / previousRate, within(1e-12));
            compared++;
        }
        assertThat(compared).as("accounts with usage in the previous window").isGreaterThan(20);
    }

    /**
     * Sums usage per account over the last {@code lastDays} to the as-of date and over the
     * {@code previousDays} before those, with SQL written apart from the feature engine.
     */
    private static Map<String, double[]> windowSums(Engine engine, int lastDays, int previousDays) throws Exception {
        String table = WORKSPACES.get(engine).sources().get("usage").tableName();
        String sql = "SELECT account_id,"
                + " SUM(CASE WHEN event_date > ? AND event_date <= ? THEN usage_count ELSE 0 END),"
                + " SUM(CASE WHEN event_date > ? AND event_date <= ? THEN usage_count ELSE 0 END)"
                + " FROM " + table + " GROUP BY account_id";
        LocalDate lastStart = AS_OF.minusDays(lastDays);
        Map<String, double[]> sums = new java.util.HashMap<>();
        try (java.sql.PreparedStatement statement = STORES.get(engine).store().connection().prepareStatement(sql)) {
            statement.setObject(1, java.sql.Date.valueOf(lastStart));
            statement.setObject(2, java.sql.Date.valueOf(AS_OF));
            statement.setObject(3, java.sql.Date.valueOf(lastStart.minusDays(previousDays)));
            statement.setObject(4, java.sql.Date.valueOf(lastStart));
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sums.put(rows.getString(1), new double[] {rows.getDouble(2), rows.getDouble(3)});
                }
            }
        }
        return sums;
    }

    @Test
    void trendSqlBindsParametersInTextOrder() {
        Workspace workspace = WORKSPACES.get(Engine.DUCKDB);
        io.idem.workspace.Feature busy = workspace.features().get("busy_trend_6w");
        for (io.idem.store.SqlDialect dialect : List.of(new io.idem.store.DuckDbDialect(), new io.idem.store.PostgresDialect(),
                new io.idem.store.SparkDialect())) {
            AggregateQuery query = AggregateQuery.build(workspace, workspace.sources().get("usage"), List.of(busy), dialect, AS_OF);
            List<Object> parameters = query.parameters();

            assertThat(query.sql().chars().filter(c -> c == '?').count()).as(dialect.name()).isEqualTo(parameters.size());
            // Center (6 - 1) / 2, the end date for the week index, the window's end and start, the where literal, then the scale.
            assertThat(parameters).as(dialect.name()).hasSize(6);
            assertThat(parameters.get(0)).as(dialect.name()).isEqualTo(2.5);
            assertThat(parameters.get(1)).as(dialect.name()).isEqualTo(AS_OF);
            assertThat(parameters.get(2)).as(dialect.name()).isEqualTo(AS_OF);
            assertThat(parameters.get(3)).as(dialect.name()).isEqualTo(AS_OF.minusDays(42));
            assertThat(((Number) parameters.get(4)).doubleValue()).as(dialect.name()).isEqualTo(5.0);
            assertThat(parameters.get(5)).as(dialect.name()).isEqualTo(12.0 / (6 * 35));
        }
    }
}
