package io.idem.identify;

import static io.idem.identify.FeatureFixture.ACCOUNTS;
import static io.idem.identify.FeatureFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every aggregate kind of {@link FeatureEngine} on DuckDB and PostgreSQL, checked against values
 * worked out by hand from the rows of {@link FeatureFixture}. At 2024-06-30 a 30-day window covers
 * 2024-06-01 to 2024-06-30. Rows of 2024-05-31 (as_of - 30) fall out, rows of the as-of date
 * count, and rows after it never count. Expected values list acme, bolt, calm and dune in that order.
 */
class FeatureEngineTest {

    @TempDir
    static Path folder;

    private static final Map<Engine, TestStore> STORES = new EnumMap<>(Engine.class);
    private static final Map<Engine, AccountFrame> FRAMES = new EnumMap<>(Engine.class);
    private static final Map<Engine, FeatureEngine> ENGINES = new EnumMap<>(Engine.class);
    private static Set<String> featureNames;

    @BeforeAll
    static void computeOnEveryEngine() throws Exception {
        for (Engine engine : Engine.values()) {
            TestStore store = TestStore.open(engine, folder.resolve(engine.name()));
            STORES.put(engine, store);
            Workspace workspace = FeatureFixture.load(folder.resolve(engine.name()), store.store());
            featureNames = workspace.features().keySet();
            ENGINES.put(engine, new FeatureEngine(Definitions.compile(workspace), store.store()));
            FRAMES.put(engine, ENGINES.get(engine).compute(AS_OF));
        }
    }

    @AfterAll
    static void closeStores() {
        STORES.values().forEach(TestStore::close);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void countsHonourWindowBoundsOffsetsAndWhere(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // acme: T2 (06-01), T3 (06-15), T4 and T5 (06-30); T1 on 05-31 = as_of - 30 is out, T6 is in the future.
        expected.put("tickets_30d", values(4.0, 0.0, 0.0, 0.0));
        // All history up to the as-of date: T1, T2, T3, T4, T5, T7 for acme; B1 for bolt.
        expected.put("tickets_all", values(6.0, 1.0, 0.0, 0.0));
        // Offset 30d moves the window to 2024-05-02 .. 2024-05-31, whose end date T1 is on.
        expected.put("tickets_prev_30d", values(1.0, 0.0, 0.0, 0.0));
        // Escalated in the window: T3 and T5.
        expected.put("escalated_30d", values(2.0, 0.0, 0.0, 0.0));
        // T3 (high) and T4 (urgent); T1 is high but outside the window.
        expected.put("urgent_or_high_30d", values(2.0, 0.0, 0.0, 0.0));
        // low, high, urgent, medium.
        expected.put("priorities_30d", values(4.0, 0.0, 0.0, 0.0));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sumsAveragesAndExtremesSkipMissingValues(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // Satisfaction in the window: 4 (T2), 5 (T3), 3 (T4); T5 has none.
        expected.put("satisfaction_sum_30d", values(12.0, 0.0, 0.0, 0.0));
        expected.put("satisfaction_avg_30d", values(4.0, null, null, null));
        expected.put("satisfaction_min_30d", values(3.0, null, null, null));
        expected.put("satisfaction_max_30d", values(5.0, null, null, null));
        // Credit in the window: 10.50 + 20.25 + 0.00 + 5.00; escalated only: 20.25 + 5.00.
        expected.put("credit_30d", values(money("35.75"), money("0"), money("0"), money("0")));
        expected.put("credit_escalated_30d", values(money("25.25"), money("0"), money("0"), money("0")));
        expected.put("credit_max_30d", values(money("20.25"), null, null, null));
        expected.put("first_ticket_on", values(LocalDate.parse("2023-01-10"), LocalDate.parse("2024-01-15"), null, null));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void lastTakesLatestDateThenHighestLine(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // T4 and T5 share 2024-06-30; T5 comes from the later line although it was inserted first.
        expected.put("last_priority", values("medium", "low", null, null));
        // With a 1-day offset the latest row on or before 2024-06-29 is T3.
        expected.put("last_priority_1d_ago", values("high", "low", null, null));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void daysSinceCountFromAsOf(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // acme's latest ticket is on the as-of date; bolt's only ticket is 2024-01-15, 167 days before.
        expected.put("days_since_last_ticket", values(0.0, 167.0, null, null));
        // acme's first ticket is 2023-01-10: 365 days to 2024-01-10, 152 to 2024-06-10, 20 more.
        expected.put("days_since_first_ticket", values(537.0, 167.0, null, null));
        // dune's latest usage is 2024-06-21; acme's future row of 2024-07-01 does not count.
        expected.put("days_since_last_use", values(0.0, null, null, 9.0));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sumActiveUsesWindowEnd(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // At 2024-06-30: S1 (open) and S3 (starts that day) count; S2 ends that day, S4 starts the day after.
        expected.put("mrr_now", values(money("125.50"), money("0"), money("0"), money("60.00")));
        expected.put("seats_now", values(12.0, 0.0, 0.0, 3.0));
        // At 2024-04-01 (offset 90d): S1 and S2 for acme; bolt's S5 ended on 2024-01-31.
        expected.put("mrr_90d_ago", values(money("150.00"), money("0"), money("0"), money("60.00")));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void daysToRenewalTakesNearestSubscription(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // acme: S1 monthly from 2023-01-31 renews 2024-07-31 (31 days); S3 quarterly from 2024-06-30 renews
        // 2024-09-30 (92 days). dune: annual from 2020-02-29 renews 2025-02-28, 243 days away.
        expected.put("next_renewal_days", values(31.0, null, null, 243.0));
        // Only annual subscriptions: acme's annual S2 ended on the as-of date.
        expected.put("annual_renewal_days", values(null, null, null, 243.0));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void usageReachesAccountsThroughSubscriptions(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // acme: U1 (5, on S1) and U2 (7, on S3); dune: U6 and U7 on S6. U8 names no known subscription.
        expected.put("usage_30d", values(12.0, 0.0, 0.0, 5.0));
        // Window 2024-05-02 .. 2024-05-31: U3 (100) and U5 (4); U4 on 2024-05-01 falls out.
        expected.put("usage_prev_30d", values(104.0, 0.0, 0.0, 0.0));
        expected.put("features_30d", values(2.0, 0.0, 0.0, 1.0));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void derivedFeaturesFollowTheirInputs(Engine engine) {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // usage_per_seat = usage_30d / seats with seats 4, 2, 1, 5; engagement, defined before it, is ten times it.
        expected.put("usage_per_seat", values(3.0, 0.0, 0.0, 1.0));
        expected.put("engagement", values(30.0, 0.0, 0.0, 10.0));
        // pct_change is missing when the earlier value is 0.
        expected.put("usage_change_30d", values((12.0 - 104.0) / 104.0, null, null, null));
        expected.put("mrr_change_90d", values((125.5 - 150.0) / 150.0, null, null, 0.0));
        expected.put("tenure_days", values(546.0, 0.0, 181.0, 1583.0));
        // A comparison with a missing value is missing.
        expected.put("renewal_soon", values(true, null, null, false));
        check(engine, expected);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void accountColumnsKeepTheirValues(Engine engine) {
        AccountFrame frame = FRAMES.get(engine);

        assertThat(frame.accountIds()).containsExactlyElementsOf(ACCOUNTS);
        assertThat(frame.column("account_name")).containsExactly("Acme", "Bolt", "Calm", "Dune");
        assertThat(frame.column("seats")).containsExactly(4.0, 2.0, 1.0, 5.0);
        assertThat(frame.column("signup_date")).containsExactly(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-06-30"),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2020-02-29"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void noDatesGiveNoFrames(Engine engine) {
        Map<LocalDate, AccountFrame> frames = ENGINES.get(engine).computeAt(List.of(), featureNames);

        assertThat(frames).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void severalDatesMatchSeparateComputations(Engine engine) {
        FeatureEngine features = ENGINES.get(engine);
        List<LocalDate> dates = List.of(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-05-31"), AS_OF, LocalDate.parse("2024-07-01"));

        Map<LocalDate, AccountFrame> frames = features.computeAt(dates, featureNames);

        assertThat(frames.keySet()).containsExactlyElementsOf(dates);
        SoftAssertions softly = new SoftAssertions();
        for (LocalDate date : dates) {
            AccountFrame single = features.compute(date);
            AccountFrame together = frames.get(date);
            softly.assertThat(together.columnNames()).as("columns at %s", date).containsExactlyInAnyOrderElementsOf(single.columnNames());
            for (String column : single.columnNames()) {
                for (int row = 0; row < single.size(); row++) {
                    assertSame(softly, column + " of " + single.accountIds().get(row) + " at " + date, single.value(column, row),
                            together.value(column, row));
                }
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void requestedFeaturesBringTheirInputs(Engine engine) {
        AccountFrame frame = ENGINES.get(engine).compute(AS_OF, Set.of("engagement"));

        // engagement needs usage_per_seat, which needs usage_30d and the seats column.
        assertThat(frame.columnNames()).contains("engagement", "usage_per_seat", "usage_30d", "seats", "account_name")
                .doesNotContain("tickets_30d", "mrr_now", "next_renewal_days");
        assertThat(frame.column("engagement")).containsExactly(30.0, 0.0, 0.0, 10.0);
    }

    @Test
    void enginesAgreeOnEveryColumn() {
        AccountFrame duckDb = FRAMES.get(Engine.DUCKDB);
        AccountFrame postgres = FRAMES.get(Engine.POSTGRESQL);

        assertThat(postgres.accountIds()).isEqualTo(duckDb.accountIds());
        assertThat(postgres.columnNames()).isEqualTo(duckDb.columnNames());
        SoftAssertions softly = new SoftAssertions();
        for (String column : duckDb.columnNames()) {
            for (int row = 0; row < duckDb.size(); row++) {
                assertSame(softly, column + " of " + duckDb.accountIds().get(row), duckDb.value(column, row), postgres.value(column, row));
            }
        }
        softly.assertAll();
    }

    private static void check(Engine engine, Map<String, Object[]> expected) {
        AccountFrame frame = FRAMES.get(engine);
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((feature, values) -> {
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                String account = ACCOUNTS.get(i);
                Object actual = frame.value(feature, frame.rowOf(account));
                assertSame(softly, feature + " of " + account + " on " + engine, values[i], actual);
            }
        });
        softly.assertAll();
    }

    /** Compares numbers to 1e-9, money by value (scale aside) and everything else by equality, including its class. */
    static void assertSame(SoftAssertions softly, String description, Object expected, Object actual) {
        if (expected == null) {
            softly.assertThat(actual).as(description).isNull();
        } else if (expected instanceof BigDecimal amount) {
            softly.assertThat(actual).as(description).isInstanceOf(BigDecimal.class);
            if (actual instanceof BigDecimal decimal) {
                softly.assertThat(decimal).as(description).isEqualByComparingTo(amount);
            }
        } else if (expected instanceof Double number) {
            softly.assertThat(actual).as(description).isInstanceOf(Double.class);
            if (actual instanceof Double value) {
                softly.assertThat(value).as(description).isCloseTo(number, within(1e-9));
            }
        } else {
            softly.assertThat(actual).as(description).isEqualTo(expected);
        }
    }

    private static Object[] values(Object... values) {
        if (values.length != ACCOUNTS.size()) {
            throw new IllegalArgumentException("expected " + ACCOUNTS.size() + " values, got " + Arrays.toString(values));
        }
        return values;
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }
}
