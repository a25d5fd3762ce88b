package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * days_to_renewal on DuckDB and PostgreSQL across as-of dates, against renewal dates read off a
 * calendar. The cases cover month ends (a 31 January start), 29 February in leap and other years,
 * quarterly and annual periods, a billing period in other letter case, dates before a subscription
 * starts and after it ends, and the nearer of two subscriptions.
 */
class RenewalDatesTest {

    private static final String YAML = """
            idem: 1
            workspace: renewals
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: string
                  account_id: string
                  start_date: date
                  end_date: date
                  mrr: money
                  billing_period: string
            features:
              days_to_renewal: {source: subscriptions, aggregate: days_to_renewal}
            """;

    @TempDir
    static Path folder;

    private static final Map<Engine, TestStore> STORES = new EnumMap<>(Engine.class);
    private static final Map<Engine, FeatureEngine> ENGINES = new EnumMap<>(Engine.class);
    private static final Map<String, AccountFrame> FRAMES = new HashMap<>();

    @BeforeAll
    static void loadSubscriptions() throws Exception {
        for (Engine engine : Engine.values()) {
            Path workspaceFolder = folder.resolve(engine.name());
            TestStore store = TestStore.open(engine, workspaceFolder);
            STORES.put(engine, store);
            Workspace workspace = TestWorkspace.write(workspaceFolder, YAML);
            SourceTable.create(store.store(), workspace.sources().get("accounts"));
            SourceTable.create(store.store(), workspace.sources().get("subscriptions"));
            List<Object[]> accounts = new ArrayList<>();
            for (String account : List.of("m31", "m31_2023", "q30", "a29", "yearly", "blank", "ended", "two")) {
                accounts.add(new Object[] {account, (long) accounts.size() + 2});
            }
            SourceTable.insert(store.store(), workspace.sources().get("accounts"), accounts);
            SourceTable.insert(store.store(), workspace.sources().get("subscriptions"), List.of(
                    subscription("S1", "m31", "2024-01-31", null, "monthly", 2),
                    subscription("S2", "m31_2023", "2023-01-31", null, "monthly", 3),
                    subscription("S3", "q30", "2023-11-30", null, "quarterly", 4),
                    subscription("S4", "a29", "2020-02-29", null, "annual", 5),
                    subscription("S5", "yearly", "2023-07-15", null, " Yearly", 6),
                    subscription("S6", "blank", "2024-01-10", null, null, 7),
                    subscription("S7", "ended", "2024-01-10", "2024-02-15", "monthly", 8),
                    subscription("S8", "two", "2023-03-10", null, "annual", 9),
                    subscription("S9", "two", "2024-02-20", null, "monthly", 10)));
            ENGINES.put(engine, new FeatureEngine(Definitions.compile(workspace), store.store()));
        }
    }

    @AfterAll
    static void closeStores() {
        STORES.values().forEach(TestStore::close);
    }

    static Stream<Arguments> renewals() {
        return Stream.of(
                // Monthly from 31 January 2024: 29 Feb, 31 Mar, 30 Apr.
                Arguments.of("m31", "2024-01-30", null),
                Arguments.of("m31", "2024-01-31", 29.0),
                Arguments.of("m31", "2024-02-15", 14.0),
                Arguments.of("m31", "2024-02-29", 31.0),
                Arguments.of("m31", "2024-03-30", 1.0),
                Arguments.of("m31", "2024-03-31", 30.0),
                // Monthly from 31 January 2023: 28 Feb in a year without 29 Feb.
                Arguments.of("m31_2023", "2023-02-15", 13.0),
                Arguments.of("m31_2023", "2023-02-28", 31.0),
                // Quarterly from 30 November 2023: 29 Feb, 30 May.
                Arguments.of("q30", "2023-12-01", 90.0),
                Arguments.of("q30", "2024-02-15", 14.0),
                Arguments.of("q30", "2024-02-29", 91.0),
                // Annual from 29 February 2020: 28 Feb in 2021 to 2023, 29 Feb 2024, 28 Feb 2025.
                Arguments.of("a29", "2021-02-28", 365.0),
                Arguments.of("a29", "2023-02-27", 1.0),
                Arguments.of("a29", "2023-03-01", 365.0),
                Arguments.of("a29", "2024-02-28", 1.0),
                Arguments.of("a29", "2024-02-29", 365.0),
                // " Yearly" is annual.
                Arguments.of("yearly", "2024-07-14", 1.0),
                Arguments.of("yearly", "2024-07-15", 365.0),
                // No billing period: monthly.
                Arguments.of("blank", "2024-03-05", 5.0),
                // Active until the day before its end date.
                Arguments.of("ended", "2024-02-14", 25.0),
                Arguments.of("ended", "2024-02-15", null),
                // Annual renewing 10 March and monthly renewing the 20th: the nearer one counts.
                Arguments.of("two", "2024-03-05", 5.0),
                Arguments.of("two", "2024-03-12", 8.0));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @MethodSource("renewals")
    void daysToRenewalMatchesCalendar(String account, String asOf, Double expected) {
        for (Engine engine : Engine.values()) {
            AccountFrame frame = FRAMES.computeIfAbsent(engine + "|" + asOf, key -> ENGINES.get(engine).compute(LocalDate.parse(asOf)));

            Object days = frame.value("days_to_renewal", frame.rowOf(account));

            assertThat(days).as("days_to_renewal of %s at %s on %s", account, asOf, engine).isEqualTo(expected);
        }
    }

    private static Object[] subscription(String id, String account, String start, String end, String period, long line) {
        return new Object[] {id, account, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), new BigDecimal("10"), period, line};
    }
}
