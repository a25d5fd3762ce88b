package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the RavenStack dataset with examples/ravenstack/idem.yaml and checks the store against
 * values read from the CSV files here, by splitting lines on commas (the files contain no quotes,
 * which the test checks first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RavenStackImportTest {

    private static final Map<String, String> FILES = Map.of(
            "accounts", "ravenstack_accounts.csv",
            "subscriptions", "ravenstack_subscriptions.csv",
            "usage", "ravenstack_feature_usage.csv",
            "tickets", "ravenstack_support_tickets.csv",
            "churn_events", "ravenstack_churn_events.csv");

    private Path data;
    private Store store;
    private ImportSummary summary;

    @BeforeAll
    void importDataset(@TempDir Path temp) {
        Path root = Path.of(System.getProperty("idem.data.dir", "../shared/data"));
        data = root.resolve("ravenstack-saas");
        assertThat(data).as("RavenStack folder; set the system property idem.data.dir to the datasets folder").isDirectory();
        Workspace workspace = WorkspaceLoader.load(Path.of("..", "examples", "ravenstack"));
        store = Store.open(StoreLocation.duckDb(temp.resolve("idem.duckdb")));
        summary = Importer.importAll(workspace, data, store, "ravenstack-test");
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    /** Returns the data lines of a file, each split on commas, after checking that no field is quoted. */
    private List<String[]> rows(String source) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve(FILES.get(source)), StandardCharsets.UTF_8);
        assertThat(lines).as("quotes would make line splitting wrong").noneMatch(line -> line.contains("\""));
        return lines.stream().skip(1).filter(line -> !line.isEmpty()).map(line -> line.split(",", -1)).toList();
    }

    private static int column(String header, String[] headers) {
        return List.of(headers).indexOf(header);
    }

    private String[] header(String source) throws IOException {
        try (var reader = Files.newBufferedReader(data.resolve(FILES.get(source)))) {
            return reader.readLine().split(",");
        }
    }

    @Test
    void loadsEveryRowOfEveryFile() throws IOException, SQLException {
        for (String source : FILES.keySet()) {
            long expected = rows(source).size();
            FileImport file = summary.file(source).orElseThrow();

            assertThat(file.rowsRead()).as(source + " rows read").isEqualTo(expected);
            assertThat(file.rowsLoaded()).as(source + " rows loaded").isEqualTo(expected);
            assertThat(file.rowsQuarantined()).as(source + " rows quarantined").isZero();
            assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM src_" + source)).as(source + " table rows").isEqualTo(expected);
        }
        assertThat(summary.files()).extracting(FileImport::rowsRead).containsExactlyInAnyOrder(500L, 5_000L, 25_000L, 2_000L, 600L);
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM quarantine_row")).isZero();
    }

    @Test
    void keepsRepeatedUsageIds() throws IOException, SQLException {
        Set<String> distinct = new HashSet<>();
        rows("usage").forEach(row -> distinct.add(row[0]));

        assertThat(StoreRows.count(store, "SELECT COUNT(DISTINCT usage_id) FROM src_usage")).isEqualTo(distinct.size());
        assertThat(rows("usage").size() - distinct.size()).isEqualTo(21);
    }

    @Test
    void readsClosedAtTimestampsOfTickets() throws IOException, SQLException {
        String[] headers = header("tickets");
        for (String[] ticket : rows("tickets").subList(0, 5)) {
            String closedAt = ticket[column("closed_at", headers)];
            LocalDateTime expected = LocalDateTime.parse(closedAt.replace(' ', 'T'));

            List<List<Object>> stored = StoreRows.query(store,
                    "SELECT closed_at FROM src_tickets WHERE ticket_id = '" + ticket[column("ticket_id", headers)] + "'");

            assertThat(stored).containsExactly(List.of(expected));
        }
    }

    @Test
    void readsPythonStyleBooleans() throws IOException, SQLException {
        String[] headers = header("accounts");
        int churnFlag = column("churn_flag", headers);
        long trueInFile = rows("accounts").stream().filter(row -> row[churnFlag].equals("True")).count();
        String firstTrue = rows("accounts").stream().filter(row -> row[churnFlag].equals("True")).findFirst().orElseThrow()[0];

        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM src_accounts WHERE churn_flag")).isEqualTo(trueInFile);
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM src_accounts WHERE NOT churn_flag"))
                .isEqualTo(rows("accounts").size() - trueInFile);
        assertThat(StoreRows.query(store, "SELECT churn_flag FROM src_accounts WHERE account_id = '" + firstTrue + "'"))
                .containsExactly(List.of(true));
    }

    @Test
    void loadsBlankSatisfactionAndEndDateAsNull() throws IOException, SQLException {
        int satisfaction = column("satisfaction_score", header("tickets"));
        List<String[]> tickets = rows("tickets");
        long blankScores = tickets.stream().filter(row -> row[satisfaction].isEmpty()).count();
        String blankTicket = tickets.stream().filter(row -> row[satisfaction].isEmpty()).findFirst().orElseThrow()[0];
        int endDate = column("end_date", header("subscriptions"));
        long blankEnds = rows("subscriptions").stream().filter(row -> row[endDate].isEmpty()).count();

        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM src_tickets WHERE satisfaction IS NULL")).isEqualTo(blankScores);
        assertThat(StoreRows.query(store, "SELECT satisfaction FROM src_tickets WHERE ticket_id = '" + blankTicket + "'"))
                .containsExactly(java.util.Collections.singletonList(null));
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM src_subscriptions WHERE end_date IS NULL")).isEqualTo(blankEnds);
        assertThat(blankEnds).isPositive();
    }

    @Test
    void warnsAboutUsageOutsideSubscription() throws IOException {
        String[] subscriptionHeaders = header("subscriptions");
        Map<String, String[]> periods = new HashMap<>();
        for (String[] row : rows("subscriptions")) {
            periods.put(row[0], new String[] {row[column("start_date", subscriptionHeaders)], row[column("end_date", subscriptionHeaders)]});
        }
        String[] usageHeaders = header("usage");
        long before = 0;
        long after = 0;
        for (String[] row : rows("usage")) {
            String[] period = periods.get(row[column("subscription_id", usageHeaders)]);
            String day = row[column("usage_date", usageHeaders)];
            // ISO dates order as text.
            before += day.compareTo(period[0]) < 0 ? 1 : 0;
            after += !period[1].isEmpty() && day.compareTo(period[1]) > 0 ? 1 : 0;
        }

        assertThat(summary.file("usage").orElseThrow().warnings()).containsExactly(
                new RuleWarning(ImportRule.USAGE_BEFORE_SUBSCRIPTION_START, "event_date", before),
                new RuleWarning(ImportRule.USAGE_AFTER_SUBSCRIPTION_END, "event_date", after));
        assertThat(before).isEqualTo(19_142);
    }
}
