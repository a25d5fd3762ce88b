package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports RavenStack, edits copies of its files and imports again, then checks the accounts the
 * importer recorded in changed_account against the accounts worked out here from the edited lines.
 * Usage rows reach accounts through their subscription, so the expected accounts of usage edits
 * come from ravenstack_subscriptions.csv read with plain Java (its lines quote no field).
 */
class AccountChangesTest {

    private static final String USAGE = "ravenstack_feature_usage.csv";
    private static final String TICKETS = "ravenstack_support_tickets.csv";
    private static final String ACCOUNTS = "ravenstack_accounts.csv";

    @TempDir
    Path temp;

    @Test
    void duckDbRecordsAccountsOfEditedRows() throws Exception {
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("idem.duckdb")))) {
            checkEdits(store);
        }
    }

    @Test
    void postgresRecordsAccountsOfEditedRows() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create(); Store store = Store.open(database.location())) {
            checkEdits(store);
        }
    }

    @Test
    void firstImportRecordsUnknownAccounts() throws Exception {
        Path data = copyDataset();
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("idem.duckdb")))) {
            Importer.importAll(workspace(), data, store, "first");

            assertThat(rows(store, "SELECT source_name FROM changed_account WHERE account_id IS NULL AND import_run_id = 'first'"))
                    .containsExactlyInAnyOrder("accounts", "subscriptions", "usage", "tickets", "churn_events");
        }
    }

    private void checkEdits(Store store) throws IOException, SQLException {
        Path data = copyDataset();
        Importer.importAll(workspace(), data, store, "first");
        Map<String, String> accountOfSubscription = accountOfSubscription(data);

        Set<String> expected = new TreeSet<>();
        List<String> usage = new ArrayList<>(Files.readAllLines(data.resolve(USAGE), StandardCharsets.UTF_8));
        List<String> usageHeader = List.of(usage.get(0).split(",", -1));
        int subscription = usageHeader.indexOf("subscription_id");
        // Append a copy of line 10 with a new id, and delete line 20.
        String[] copied = usage.get(10).split(",", -1);
        copied[usageHeader.indexOf("usage_id")] = "incremental-test-1";
        usage.add(String.join(",", copied));
        expected.add(accountOfSubscription.get(copied[subscription]));
        String deleted = usage.remove(20);
        expected.add(accountOfSubscription.get(deleted.split(",", -1)[subscription]));
        Files.write(data.resolve(USAGE), usage, StandardCharsets.UTF_8);

        List<String> tickets = new ArrayList<>(Files.readAllLines(data.resolve(TICKETS), StandardCharsets.UTF_8));
        int ticketAccount = List.of(tickets.get(0).split(",", -1)).indexOf("account_id");
        String changedTicket = tickets.get(5);
        int lastComma = changedTicket.lastIndexOf(',');
        String flipped = changedTicket.substring(lastComma + 1).equalsIgnoreCase("true") ? "False" : "True";
        tickets.set(5, changedTicket.substring(0, lastComma + 1) + flipped);
        expected.add(changedTicket.split(",", -1)[ticketAccount]);
        // Moving a line keeps its content, so it changes no account.
        tickets.add(tickets.remove(7));
        Files.write(data.resolve(TICKETS), tickets, StandardCharsets.UTF_8);

        Importer.importAll(workspace(), data, store, "second");

        assertThat(rows(store, "SELECT DISTINCT account_id FROM changed_account WHERE import_run_id = 'second'"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows(store, "SELECT DISTINCT source_name FROM changed_account WHERE import_run_id = 'second'"))
                .containsExactlyInAnyOrder("usage", "tickets");
    }

    private Path copyDataset() throws IOException {
        Path source = Path.of(System.getProperty("idem.data.dir", "../shared/data")).resolve("ravenstack-saas");
        assertThat(source).as("RavenStack folder; set the system property idem.data.dir to the datasets folder").isDirectory();
        Path copy = Files.createDirectories(temp.resolve("data"));
        for (String name : List.of(ACCOUNTS, "ravenstack_subscriptions.csv", USAGE, TICKETS, "ravenstack_churn_events.csv")) {
            Files.copy(source.resolve(name), copy.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static Workspace workspace() {
        return WorkspaceLoader.load(Path.of("..", "examples", "ravenstack"));
    }

    private static Map<String, String> accountOfSubscription(Path data) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("ravenstack_subscriptions.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, String> accounts = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).doesNotContain("\"");
            String[] fields = line.split(",", -1);
            accounts.put(fields[header.indexOf("subscription_id")], fields[header.indexOf("account_id")]);
        }
        return accounts;
    }

    private static List<String> rows(Store store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
