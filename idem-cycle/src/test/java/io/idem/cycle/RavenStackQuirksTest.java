package io.idem.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.ingest.FileImport;
import io.idem.ingest.ImportRule;
import io.idem.ingest.ImportSummary;
import io.idem.ingest.Importer;
import io.idem.ingest.RuleWarning;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quirks of the RavenStack files: Python-style booleans, blank end dates, a date and a date-time
 * column in one table, repeated usage ids, and usage dated outside its subscription. Each is checked
 * after a run of the example workspace, against counts made here from the CSV files.
 * docs/data-quirks.md states the rule Idem applies to each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RavenStackQuirksTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    static Path temp;

    private Path workspace;
    private Path out;
    private RunResult result;

    @BeforeAll
    void runExample() throws IOException {
        workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.copy(SharedData.exampleConfiguration(), workspace.resolve("idem.yaml"));
        out = temp.resolve("out");

        result = IdemCycle.run(new RunRequest(workspace, SharedData.ravenStack(), null, AS_OF, out, 0), RunListener.NONE);
    }

    @Test
    void noRowIsQuarantined() throws SQLException {
        assertThat(result.imports().rowsRead()).isEqualTo(500 + 5_000 + 25_000 + 2_000 + 600);
        assertThat(result.imports().rowsQuarantined()).isZero();
        assertThat(queryLong("SELECT count(*) FROM quarantine_row")).isZero();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "accounts, is_trial, ravenstack_accounts.csv, is_trial",
            "accounts, churn_flag, ravenstack_accounts.csv, churn_flag",
            "subscriptions, is_trial, ravenstack_subscriptions.csv, is_trial",
            "subscriptions, upgrade_flag, ravenstack_subscriptions.csv, upgrade_flag",
            "subscriptions, downgrade_flag, ravenstack_subscriptions.csv, downgrade_flag",
            "subscriptions, churn_flag, ravenstack_subscriptions.csv, churn_flag",
            "subscriptions, auto_renew_flag, ravenstack_subscriptions.csv, auto_renew_flag",
            "usage, is_beta_feature, ravenstack_feature_usage.csv, is_beta_feature",
            "tickets, escalated, ravenstack_support_tickets.csv, escalation_flag",
            "churn_events, preceding_upgrade_flag, ravenstack_churn_events.csv, preceding_upgrade_flag",
            "churn_events, preceding_downgrade_flag, ravenstack_churn_events.csv, preceding_downgrade_flag",
            "churn_events, is_reactivation, ravenstack_churn_events.csv, is_reactivation"})
    void pythonStyleBooleansLoadAsBooleans(String source, String column, String file, String header) throws IOException, SQLException {
        List<Map<String, String>> rows = SharedData.readRavenStack(file);
        Set<String> written = rows.stream().map(r -> r.get(header)).collect(Collectors.toCollection(TreeSet::new));
        long trueInFile = rows.stream().filter(r -> r.get(header).equals("True")).count();
        long falseInFile = rows.stream().filter(r -> r.get(header).equals("False")).count();

        assertThat(written).as("values of %s in %s", header, file).isSubsetOf("True", "False");
        assertThat(queryLong("SELECT count(*) FROM src_" + source + " WHERE " + column + " = TRUE")).isEqualTo(trueInFile);
        assertThat(queryLong("SELECT count(*) FROM src_" + source + " WHERE " + column + " = FALSE")).isEqualTo(falseInFile);
        assertThat(queryText("SELECT typeof(" + column + ") FROM src_" + source + " LIMIT 1")).isEqualTo("BOOLEAN");
    }

    @Test
    void publishedFlagCountsMatch() throws SQLException {
        assertThat(queryLong("SELECT count(*) FROM src_subscriptions WHERE upgrade_flag")).isEqualTo(529);
        assertThat(queryLong("SELECT count(*) FROM src_subscriptions WHERE downgrade_flag")).isEqualTo(218);
        assertThat(queryLong("SELECT count(*) FROM src_tickets WHERE escalated")).isEqualTo(95);
        assertThat(queryLong("SELECT count(*) FROM src_churn_events WHERE is_reactivation")).isEqualTo(61);
    }

    @Test
    void blankEndDateLoadsAsMissing() throws IOException, SQLException {
        List<Map<String, String>> rows = SharedData.readRavenStack("ravenstack_subscriptions.csv");
        long blank = rows.stream().filter(r -> r.get("end_date").isEmpty()).count();
        long blankAndFlagged = rows.stream().filter(r -> r.get("end_date").isEmpty() == r.get("churn_flag").equals("True")).count();

        assertThat(blank).isEqualTo(4_514);
        assertThat(blankAndFlagged).as("subscriptions whose churn_flag disagrees with their end_date").isZero();
        assertThat(queryLong("SELECT count(*) FROM src_subscriptions WHERE end_date IS NULL")).isEqualTo(blank);
        assertThat(queryLong("SELECT count(*) FROM src_subscriptions WHERE end_date IS NULL AND churn_flag")).isZero();
    }

    @Test
    void openEndedSubscriptionIsActive() throws IOException {
        Map<String, BigDecimal> expected = new HashMap<>();
        long openEnded = 0;
        for (Map<String, String> row : SharedData.readRavenStack("ravenstack_subscriptions.csv")) {
            LocalDate start = LocalDate.parse(row.get("start_date"));
            String end = row.get("end_date");
            boolean active = !start.isAfter(AS_OF) && (end.isEmpty() || LocalDate.parse(end).isAfter(AS_OF));
            if (active) {
                expected.merge(row.get("account_id"), new BigDecimal(row.get("mrr_amount")), BigDecimal::add);
                openEnded += end.isEmpty() ? 1 : 0;
            }
        }
        assertThat(openEnded).as("active subscriptions with a blank end_date").isPositive();

        Map<String, String> mrrNow = new HashMap<>();
        for (Map<String, String> row : SharedData.read(out.resolve("features.csv"))) {
            mrrNow.put(row.get("account_id"), row.get("mrr_now"));
        }

        assertThat(mrrNow).hasSize(500);
        mrrNow.forEach((account, value) -> assertThat(new BigDecimal(value)).as("mrr_now of %s", account)
                .isEqualByComparingTo(expected.getOrDefault(account, BigDecimal.ZERO)));
    }

    @Test
    void ticketDatesKeepTheirPrecision() throws IOException, SQLException {
        Map<String, LocalDate> opened = new HashMap<>();
        Map<String, LocalDateTime> closed = new HashMap<>();
        queryRows("SELECT ticket_id, opened_on, closed_at FROM src_tickets", rows -> {
            opened.put(rows.getString(1), rows.getObject(2, LocalDate.class));
            closed.put(rows.getString(1), rows.getObject(3, LocalDateTime.class));
        });

        List<Map<String, String>> tickets = SharedData.readRavenStack("ravenstack_support_tickets.csv");
        assertThat(tickets).allSatisfy(t -> assertThat(t.get("submitted_at")).hasSize("yyyy-mm-dd".length()));
        assertThat(tickets).allSatisfy(t -> assertThat(t.get("closed_at")).hasSize("yyyy-mm-dd hh:mm:ss".length()));
        assertThat(opened).hasSize(tickets.size());
        for (Map<String, String> ticket : tickets) {
            String id = ticket.get("ticket_id");
            assertThat(opened.get(id)).as("opened_on of %s", id).isEqualTo(LocalDate.parse(ticket.get("submitted_at")));
            assertThat(closed.get(id)).as("closed_at of %s", id).isEqualTo(LocalDateTime.parse(ticket.get("closed_at"), DATE_TIME));
        }
        assertThat(warnings("tickets")).as("no conversion rule applies when the types match the values").isEmpty();
    }

    @Test
    void submittedAtReadsAsMidnight() throws SQLException {
        long mismatched = queryLong("SELECT count(*) FROM src_tickets "
                + "WHERE abs(date_diff('minute', CAST(opened_on AS TIMESTAMP), closed_at) / 60.0 - resolution_time_hours) > 1e-9");

        assertThat(queryLong("SELECT count(*) FROM src_tickets WHERE resolution_time_hours IS NOT NULL")).isEqualTo(2_000);
        assertThat(mismatched).as("tickets whose resolution_time_hours differs from closed_at minus midnight of submitted_at").isZero();
    }

    @Test
    void swappedDateTypesAreCounted() throws IOException {
        Path swapped = Files.createDirectories(temp.resolve("swapped"));
        String configuration = Files.readString(SharedData.exampleConfiguration())
                .replace("opened_on: {from: submitted_at, type: date, required: true}", "opened_on: {from: submitted_at, type: timestamp, required: true}")
                .replace("closed_at: timestamp", "closed_at: date");
        Files.writeString(swapped.resolve("idem.yaml"), configuration);
        Workspace workspace = WorkspaceLoader.load(swapped);
        assertThat(workspace.sources().get("tickets").columns().get("closed_at").type().name()).isEqualTo("DATE");

        ImportSummary summary;
        try (Store store = Store.open(StoreLocation.duckDb(swapped.resolve("store.duckdb")))) {
            summary = Importer.importAll(workspace, SharedData.ravenStack(), store, "quirks-swapped");
        }

        List<Map<String, String>> rows = SharedData.readRavenStack("ravenstack_support_tickets.csv");
        long dateOnly = rows.stream().filter(t -> !t.get("submitted_at").contains(" ")).count();
        long pastMidnight = rows.stream().filter(t -> !t.get("closed_at").endsWith(" 00:00:00")).count();
        FileImport tickets = summary.file("tickets").orElseThrow();
        assertThat(tickets.rowsLoaded()).isEqualTo(2_000);
        assertThat(tickets.warnings()).contains(
                new RuleWarning(ImportRule.DATE_AS_MIDNIGHT, "opened_on", dateOnly),
                new RuleWarning(ImportRule.TIME_OF_DAY_DROPPED, "closed_at", pastMidnight));
    }

    @Test
    void nonUniqueUsageIdLoadsEveryRow() throws IOException, SQLException {
        List<Map<String, String>> usage = SharedData.readRavenStack("ravenstack_feature_usage.csv");
        Map<String, Long> perId = usage.stream().collect(Collectors.groupingBy(r -> r.get("usage_id"), Collectors.counting()));
        long repeatedIds = perId.values().stream().filter(n -> n > 1).count();

        assertThat(repeatedIds).isEqualTo(21);
        assertThat(result.imports().file("usage").orElseThrow().rowsLoaded()).isEqualTo(usage.size()).isEqualTo(25_000);
        assertThat(queryLong("SELECT count(*) FROM src_usage")).isEqualTo(25_000);
        assertThat(queryLong("SELECT count(DISTINCT usage_id) FROM src_usage")).isEqualTo(perId.size());
        Workspace example = WorkspaceLoader.load(workspace);
        assertThat(example.sources().get("usage").key()).as("the example declares no key on usage").isEmpty();
    }

    @Test
    void usageIdKeyQuarantinesRepeats() throws IOException {
        Path keyed = Files.createDirectories(temp.resolve("keyed"));
        String configuration = Files.readString(SharedData.exampleConfiguration())
                .replace("    account_link: {source: subscriptions, column: subscription_id}\n",
                        "    account_link: {source: subscriptions, column: subscription_id}\n    key: [usage_id]\n");
        Files.writeString(keyed.resolve("idem.yaml"), configuration);
        Workspace workspace = WorkspaceLoader.load(keyed);
        assertThat(workspace.sources().get("usage").key()).containsExactly("usage_id");
        Map<String, Long> perId = SharedData.readRavenStack("ravenstack_feature_usage.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("usage_id"), Collectors.counting()));
        long repeats = perId.values().stream().mapToLong(n -> n - 1).sum();

        ImportSummary summary;
        try (Store store = Store.open(StoreLocation.duckDb(keyed.resolve("store.duckdb")))) {
            summary = Importer.importAll(workspace, SharedData.ravenStack(), store, "quirks-keyed");
        }

        FileImport usage = summary.file("usage").orElseThrow();
        assertThat(usage.rowsQuarantined()).isEqualTo(repeats).isEqualTo(21);
        assertThat(usage.warnings()).contains(new RuleWarning(ImportRule.DUPLICATE_KEY, "usage_id", repeats));
    }

    @Test
    void usageBeforeStartKeptAndCounted() throws IOException, SQLException {
        Map<String, LocalDate> starts = new HashMap<>();
        for (Map<String, String> row : SharedData.readRavenStack("ravenstack_subscriptions.csv")) {
            starts.put(row.get("subscription_id"), LocalDate.parse(row.get("start_date")));
        }
        long before = SharedData.readRavenStack("ravenstack_feature_usage.csv").stream()
                .filter(r -> LocalDate.parse(r.get("usage_date")).isBefore(starts.get(r.get("subscription_id"))))
                .count();

        assertThat(before).isEqualTo(19_142);
        assertThat(warnings("usage")).contains(new RuleWarning(ImportRule.USAGE_BEFORE_SUBSCRIPTION_START, "event_date", before));
        assertThat(queryLong("SELECT count(*) FROM src_usage u JOIN src_subscriptions s ON u.subscription_id = s.subscription_id "
                + "WHERE u.event_date < s.start_date")).isEqualTo(before);
    }

    @Test
    void usageAfterEndKeptAndCounted() throws IOException {
        Map<String, String> ends = new HashMap<>();
        for (Map<String, String> row : SharedData.readRavenStack("ravenstack_subscriptions.csv")) {
            ends.put(row.get("subscription_id"), row.get("end_date"));
        }
        long after = SharedData.readRavenStack("ravenstack_feature_usage.csv").stream()
                .filter(r -> !ends.get(r.get("subscription_id")).isEmpty())
                .filter(r -> LocalDate.parse(r.get("usage_date")).isAfter(LocalDate.parse(ends.get(r.get("subscription_id")))))
                .count();

        assertThat(after).isEqualTo(290);
        assertThat(warnings("usage")).contains(new RuleWarning(ImportRule.USAGE_AFTER_SUBSCRIPTION_END, "event_date", after));
    }

    @Test
    void usageBeforeAccountSignupIsKept() throws IOException, SQLException {
        Map<String, LocalDate> signup = new HashMap<>();
        for (Map<String, String> row : SharedData.readRavenStack("ravenstack_accounts.csv")) {
            signup.put(row.get("account_id"), LocalDate.parse(row.get("signup_date")));
        }
        Map<String, String> accountOf = new HashMap<>();
        for (Map<String, String> row : SharedData.readRavenStack("ravenstack_subscriptions.csv")) {
            accountOf.put(row.get("subscription_id"), row.get("account_id"));
        }
        long beforeSignup = SharedData.readRavenStack("ravenstack_feature_usage.csv").stream()
                .filter(r -> LocalDate.parse(r.get("usage_date")).isBefore(signup.get(accountOf.get(r.get("subscription_id")))))
                .count();

        assertThat(beforeSignup).isEqualTo(13_198);
        assertThat(queryLong("SELECT count(*) FROM src_usage u JOIN src_subscriptions s ON u.subscription_id = s.subscription_id "
                + "JOIN src_accounts a ON s.account_id = a.account_id WHERE u.event_date < a.signup_date")).isEqualTo(beforeSignup);
    }

    @Test
    void satisfactionScoresLoadAsNumbers() throws IOException, SQLException {
        List<Map<String, String>> tickets = SharedData.readRavenStack("ravenstack_support_tickets.csv");
        long blank = tickets.stream().filter(t -> t.get("satisfaction_score").isEmpty()).count();
        double sum = tickets.stream().filter(t -> !t.get("satisfaction_score").isEmpty())
                .mapToDouble(t -> Double.parseDouble(t.get("satisfaction_score"))).sum();

        assertThat(blank).isEqualTo(825);
        assertThat(queryLong("SELECT count(*) FROM src_tickets WHERE satisfaction IS NULL")).isEqualTo(blank);
        assertThat(queryDouble("SELECT sum(satisfaction) FROM src_tickets")).isCloseTo(sum, within(1e-9));
        assertThat(queryLong("SELECT count(*) FROM src_tickets WHERE satisfaction NOT IN (3.0, 4.0, 5.0)")).isZero();
    }

    @Test
    void countryCodesAreKeptAsWritten() throws IOException, SQLException {
        Set<String> written = SharedData.readRavenStack("ravenstack_accounts.csv").stream().map(r -> r.get("country"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> stored = new TreeSet<>();
        queryRows("SELECT DISTINCT country FROM src_accounts", rows -> stored.add(rows.getString(1)));

        assertThat(written).contains("UK").doesNotContain("GB");
        assertThat(stored).isEqualTo(written);
    }

    @Test
    void churnSignalsLoadAsWritten() throws IOException, SQLException {
        Set<String> flagged = new HashSet<>();
        SharedData.readRavenStack("ravenstack_accounts.csv").stream().filter(r -> r.get("churn_flag").equals("True"))
                .forEach(r -> flagged.add(r.get("account_id")));
        Set<String> withEvents = new HashSet<>();
        SharedData.readRavenStack("ravenstack_churn_events.csv").forEach(r -> withEvents.add(r.get("account_id")));
        Set<String> flaggedWithoutEvent = new HashSet<>(flagged);
        flaggedWithoutEvent.removeAll(withEvents);

        assertThat(flagged).hasSize(110);
        assertThat(withEvents).hasSize(352);
        assertThat(flaggedWithoutEvent).hasSize(35);
        assertThat(queryLong("SELECT count(*) FROM src_accounts WHERE churn_flag")).isEqualTo(flagged.size());
        assertThat(queryLong("SELECT count(DISTINCT account_id) FROM src_churn_events")).isEqualTo(withEvents.size());
    }

    @Test
    void runJsonListsImportWarnings() throws IOException {
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        JsonNode usage = null;
        for (JsonNode file : run.path("imports")) {
            if (file.path("source").asText().equals("usage")) {
                usage = file;
            }
        }

        assertThat(usage).isNotNull();
        assertThat(usage.toString()).contains(ImportRule.USAGE_BEFORE_SUBSCRIPTION_START.code()).contains("19142");
    }

    private List<RuleWarning> warnings(String source) {
        return result.imports().file(source).orElseThrow().warnings();
    }

    /** Receives each row of a query. */
    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private void queryRows(String sql, RowConsumer consumer) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Path file = workspace.resolve(".idem").resolve("idem.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                consumer.accept(rows);
            }
        }
    }

    private long queryLong(String sql) throws SQLException {
        long[] value = new long[1];
        queryRows(sql, rows -> value[0] = rows.getLong(1));
        return value[0];
    }

    private double queryDouble(String sql) throws SQLException {
        double[] value = new double[1];
        queryRows(sql, rows -> value[0] = rows.getDouble(1));
        return value[0];
    }

    private String queryText(String sql) throws SQLException {
        String[] value = new String[1];
        queryRows(sql, rows -> value[0] = rows.getString(1));
        return value[0];
    }
}
