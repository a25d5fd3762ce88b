package io.idem.experiment.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.experiment.OutcomeWindows;
import io.idem.experiment.TestStore;
import io.idem.experiment.TestStore.Engine;
import io.idem.experiment.exposure.Exposure;
import io.idem.experiment.exposure.ExposureRepository;
import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubscriptionOutcomesTest {

    private static final OutcomeWindows WINDOWS = new OutcomeWindows(30, 90);

    @TempDir
    Path folder;

    /**
     * Exposure on 2025-03-03 puts the conversion day on 2025-04-02 and the expansion day on 2025-06-01. The
     * expected values are worked out by hand from the subscription rows below.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void measuresConversionAndExpansionFromSubscriptions(Engine engine) throws SQLException {
        try (TestStore test = TestStore.open(engine, folder)) {
            Store store = test.store();
            createSubscriptions(store, subscriptions(true), List.of(
                    row("s1", "acct-up", "2024-01-01", null, "100"),
                    row("s2", "acct-up", "2025-03-20", null, "50.5"),
                    row("s3", "acct-late", "2024-06-01", null, "200"),
                    row("s4", "acct-late", "2025-05-01", null, "80"),
                    row("s5", "acct-churn", "2024-02-01", "2025-03-10", "300"),
                    row("s6", "acct-swap", "2024-02-01", "2025-03-15", "100"),
                    row("s7", "acct-swap", "2025-03-15", null, "120"),
                    row("s8", "acct-edge", "2025-04-02", null, "40"),
                    row("s9", "acct-other", "2024-01-01", null, "999")));
            new ExposureRepository(store).recordAll(List.of(
                    exposure("acct-up"), exposure("acct-late"), exposure("acct-churn"), exposure("acct-swap"),
                    exposure("acct-edge"), exposure("acct-none")));

            Map<String, AccountOutcome> outcomes = new SubscriptionOutcomes(store, subscriptions(true))
                    .measure("upsell-q1", WINDOWS);

            Map<String, AccountOutcome> expected = new LinkedHashMap<>();
            expected.put("acct-churn", new AccountOutcome("acct-churn", false, 0, 300.0));
            expected.put("acct-edge", new AccountOutcome("acct-edge", true, 40, 0.0));
            expected.put("acct-late", new AccountOutcome("acct-late", false, 80, 200.0));
            expected.put("acct-none", new AccountOutcome("acct-none", false, 0, 0.0));
            expected.put("acct-swap", new AccountOutcome("acct-swap", true, 20, 100.0));
            expected.put("acct-up", new AccountOutcome("acct-up", true, 50.5, 100.0));
            assertThat(outcomes).containsExactlyEntriesOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void worksWithoutEndDateColumn(Engine engine) throws SQLException {
        try (TestStore test = TestStore.open(engine, folder)) {
            Store store = test.store();
            createSubscriptions(store, subscriptions(false), List.of(
                    row("s1", "acct-up", "2024-01-01", null, "100"),
                    row("s2", "acct-up", "2025-03-20", null, "50")));
            new ExposureRepository(store).record(exposure("acct-up"));

            Map<String, AccountOutcome> outcomes = new SubscriptionOutcomes(store, subscriptions(false))
                    .measure("upsell-q1", WINDOWS);

            assertThat(outcomes).containsExactly(Map.entry("acct-up", new AccountOutcome("acct-up", true, 50, 100.0)));
        }
    }

    @Test
    void rejectsSourceOfOtherKind() {
        Source tickets = new Source("tickets", SourceKind.TICKETS, "tickets.csv", "utf-8", null, List.of(),
                Map.of("account_id", column("account_id", ColumnType.STRING)), null, null);

        assertThatThrownBy(() -> new SubscriptionOutcomes(null, tickets))
                .isInstanceOf(NullPointerException.class);
        try (TestStore test = TestStore.open(Engine.DUCKDB, folder)) {
            assertThatThrownBy(() -> new SubscriptionOutcomes(test.store(), tickets))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tickets is of kind tickets");
        }
    }

    private static Exposure exposure(String account) {
        // 23:30 UTC keeps the exposure date on 2025-03-03.
        return new Exposure("upsell-q1", account, "play_a", Instant.parse("2025-03-03T23:30:00Z"));
    }

    private static Source subscriptions(boolean withEndDate) {
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("subscription_id", column("subscription_id", ColumnType.STRING));
        columns.put("account_id", column("account_id", ColumnType.STRING));
        columns.put("start_date", column("start_date", ColumnType.DATE));
        if (withEndDate) {
            columns.put("end_date", column("end_date", ColumnType.DATE));
        }
        columns.put("mrr", column("mrr", ColumnType.MONEY));
        return new Source("subscriptions", SourceKind.SUBSCRIPTIONS, "subscriptions.csv", "utf-8", null,
                List.of("subscription_id"), columns, null, null);
    }

    private static Column column(String name, ColumnType type) {
        return new Column(name, name, type, false, null);
    }

    private static Object[] row(String id, String account, String start, String end, String mrr) {
        return new Object[] {id, account, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
            new BigDecimal(mrr)};
    }

    /** Creates the imported table as the importer does: declared columns in order, typed by the dialect. */
    private static void createSubscriptions(Store store, Source source, List<Object[]> rows) throws SQLException {
        SqlDialect dialect = store.dialect();
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + dialect.quoteIdentifier(source.tableName()) + " (");
        for (Column column : source.columns().values()) {
            ddl.append(dialect.quoteIdentifier(column.name())).append(' ').append(dialect.typeName(column.type()))
                    .append(", ");
        }
        ddl.append("_line BIGINT)");
        try (Statement statement = store.connection().createStatement()) {
            statement.execute(ddl.toString());
        }

        boolean withEndDate = source.columns().containsKey("end_date");
        String insert = "INSERT INTO " + source.tableName() + " VALUES (?, ?, ?, " + (withEndDate ? "?, " : "")
                + "?, ?)";
        try (PreparedStatement statement = store.connection().prepareStatement(insert)) {
            int line = 2;
            for (Object[] row : rows) {
                int index = 1;
                statement.setString(index++, (String) row[0]);
                statement.setString(index++, (String) row[1]);
                statement.setDate(index++, Date.valueOf((LocalDate) row[2]));
                if (withEndDate && row[3] == null) {
                    statement.setNull(index++, Types.DATE);
                } else if (withEndDate) {
                    statement.setDate(index++, Date.valueOf((LocalDate) row[3]));
                }
                statement.setBigDecimal(index++, (BigDecimal) row[4]);
                statement.setLong(index, line++);
                statement.executeUpdate();
            }
        }
    }
}
