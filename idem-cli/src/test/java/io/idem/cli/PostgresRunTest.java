package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.csvHeader;
import static io.idem.cli.CliTestSupport.defaultStore;
import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.cli.CliTestSupport.Execution;
import io.idem.store.PostgresTestDatabase;
import io.idem.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs RavenStack end to end twice, once on the embedded DuckDB store and once with
 * {@code --store postgresql://...}, and checks that both runs write the same outputs. Row order may
 * differ between engines, so files compare as sets of rows keyed by their identifying columns, and
 * numbers compare to 1e-9 (relative above 1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRunTest {

    private static final String AS_OF = "2024-12-31";
    private static final double TOLERANCE = 1e-9;

    @TempDir
    static Path temp;

    private PostgresTestDatabase database;
    private String storeAddress;
    private Path duckDbOut;
    private Path postgresOut;
    private Path postgresWorkspace;

    @BeforeAll
    void runOnBothStores() throws IOException {
        database = PostgresTestDatabase.create();
        StoreLocation location = database.location();
        storeAddress = location.jdbcUrl().replaceFirst("^jdbc:postgresql://", "postgresql://" + location.user() + "@");
        duckDbOut = temp.resolve("duckdb-out");
        postgresOut = temp.resolve("postgres-out");
        Path duckDbWorkspace = copyRavenStackWorkspace(temp.resolve("duckdb-workspace"));
        postgresWorkspace = copyRavenStackWorkspace(temp.resolve("postgres-workspace"));

        Execution duckDb = execute("run", "--workspace", duckDbWorkspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF, "--out", duckDbOut.toString());
        Execution postgres = execute("run", "--workspace", postgresWorkspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF, "--out", postgresOut.toString(), "--store", storeAddress);

        assertThat(duckDb.exitCode()).as(duckDb.transcript()).isZero();
        assertThat(postgres.exitCode()).as(postgres.transcript()).isZero();
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void postgresRunKeepsStateInPostgres() throws SQLException {
        StoreLocation location = database.location();
        List<String> statuses = new ArrayList<>();
        long plays;
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT status FROM idem_run")) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM play")) {
                rows.next();
                plays = rows.getLong(1);
            }
        }

        assertThat(statuses).containsExactly("succeeded");
        assertThat(plays).isPositive();
        assertThat(defaultStore(postgresWorkspace)).as("no DuckDB file when the store is PostgreSQL").doesNotExist();
    }

    @Test
    void revenueMovementsAgree() throws IOException {
        assertSameRows("revenue/movements.csv", List.of("month"), Set.of());
    }

    @Test
    void accountMrrAgrees() throws IOException {
        assertSameRows("revenue/account_mrr.csv", List.of("account_id", "month"), Set.of());
    }

    @Test
    void revenueSummaryAgrees() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.readTree(duckDbOut.resolve("revenue/summary.json").toFile());
        JsonNode actual = mapper.readTree(postgresOut.resolve("revenue/summary.json").toFile());

        assertThat(expected.path("nrr").path("value").isNumber()).as("summary.json has an NRR to compare").isTrue();
        assertSameJson("summary", expected, actual);
    }

    @Test
    void segmentsAgree() throws IOException {
        assertSameRows("segments.csv", List.of("segment"), Set.of());
    }

    @Test
    void segmentAccountListsAgree() throws IOException {
        Set<String> duckDbLists = segmentLists(duckDbOut);
        assertThat(duckDbLists).isNotEmpty();
        assertThat(segmentLists(postgresOut)).isEqualTo(duckDbLists);

        for (String list : duckDbLists) {
            assertSameRows("segments/" + list, List.of("account_id"), Set.of());
        }
    }

    @Test
    void featureValuesAgree() throws IOException {
        assertSameRows("features.csv", List.of("account_id"), Set.of());
    }

    @Test
    void healthScoresAgree() throws IOException {
        assertSameRows("health.csv", List.of("account_id", "model"), Set.of());
    }

    @Test
    void triggerFiringsAgree() throws IOException {
        assertSameRows("triggers.csv", List.of("trigger", "account_id", "fired_on"), Set.of());
    }

    @Test
    void playsAgree() throws IOException {
        assertThat(readCsv(postgresOut.resolve("plays.csv"))).hasSameSizeAs(readCsv(duckDbOut.resolve("plays.csv")));
        assertSameRows("plays.csv", List.of("playbook", "account_id", "started_on"), Set.of("play_id"));
    }

    @Test
    void opportunitiesAgree() throws IOException {
        assertThat(readCsv(postgresOut.resolve("opportunities.csv"))).hasSameSizeAs(readCsv(duckDbOut.resolve("opportunities.csv")));
        assertSameRows("opportunities.csv", List.of("account_id", "motion", "offer", "created_on"), Set.of("opportunity_id", "play_id"));
    }

    @Test
    void tasksAgree() throws IOException {
        assertSameRows("tasks.csv", List.of("account_id", "step", "due_on"), Set.of("task_id", "play_id"));
    }

    @Test
    void backtestAgrees() throws IOException {
        assertSameRows("backtest.csv", List.of("trigger", "month"), Set.of());
    }

    private static Set<String> segmentLists(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("segments"))) {
            return files.map(f -> f.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /**
     * Checks that a file has the same header in both outputs and the same rows, matched by the key
     * columns. The {@code ignored} columns contain generated ids, which need not agree.
     */
    private void assertSameRows(String file, List<String> keyColumns, Set<String> ignored) throws IOException {
        Path expectedFile = duckDbOut.resolve(file);
        Path actualFile = postgresOut.resolve(file);
        assertThat(csvHeader(actualFile)).as("header of %s", file).isEqualTo(csvHeader(expectedFile));

        Map<List<String>, Map<String, String>> expected = byKey(file, readCsv(expectedFile), keyColumns);
        Map<List<String>, Map<String, String>> actual = byKey(file, readCsv(actualFile), keyColumns);

        assertThat(expected).as("rows of %s on DuckDB", file).isNotEmpty();
        assertThat(actual.keySet()).as("row keys %s of %s", keyColumns, file).isEqualTo(expected.keySet());
        for (Map.Entry<List<String>, Map<String, String>> row : expected.entrySet()) {
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                if (!ignored.contains(cell.getKey())) {
                    assertSameValue(file + " " + row.getKey() + " " + cell.getKey(), cell.getValue(), actual.get(row.getKey()).get(cell.getKey()));
                }
            }
        }
    }

    private static Map<List<String>, Map<String, String>> byKey(String file, List<Map<String, String>> rows, List<String> keyColumns) {
        Map<List<String>, Map<String, String>> keyed = new HashMap<>();
        for (Map<String, String> row : rows) {
            List<String> key = keyColumns.stream().map(row::get).toList();
            if (keyed.put(key, row) != null) {
                fail("%s has two rows with key %s %s", file, keyColumns, key);
            }
        }
        return keyed;
    }

    private static void assertSameJson(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            assertSameValue(path, expected.asText(), actual.asText());
            return;
        }
        assertThat(actual.getNodeType()).as(path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            assertThat(fieldNames(actual)).as("fields of %s", path).isEqualTo(fieldNames(expected));
            fieldNames(expected).forEach(name -> assertSameJson(path + "." + name, expected.get(name), actual.get(name)));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("size of %s", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameJson(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertThat(actual.asText()).as(path).isEqualTo(expected.asText());
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** Compares two values: numbers to 1e-9 (relative above 1), anything else as text. */
    private static void assertSameValue(String description, String expected, String actual) {
        Double expectedNumber = number(expected);
        Double actualNumber = number(actual);
        if (expectedNumber != null && actualNumber != null) {
            double tolerance = TOLERANCE * Math.max(1.0, Math.abs(expectedNumber));
            assertThat(Math.abs(actualNumber - expectedNumber)).as("%s: DuckDB %s, PostgreSQL %s", description, expected, actual)
                    .isLessThanOrEqualTo(tolerance);
        } else {
            assertThat(actual).as(description).isEqualTo(expected);
        }
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
