package io.idem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The contents of a workspace's DuckDB store, read through JDBC after the command line has closed
 * it. Idem's state tables are kept row by row, each row rendered as text and the rows sorted, so
 * two snapshots compare equal exactly when the tables contain the same rows. Imported source tables
 * ({@code src_*}) are kept as row counts.
 */
record StoreSnapshot(Map<String, List<String>> tables) {

    /** Idem's state tables, as created by the store's migrations. */
    static final List<String> STATE_TABLES = List.of("idem_run", "idem_config_version", "import_file", "quarantine_row",
            "segment_membership", "trigger_state", "trigger_firing", "health_score", "play", "task", "opportunity");

    /** The state tables a run changes inside its transaction: everything but the run ledger and the import tables. */
    static final List<String> RUN_STATE_TABLES = List.of("segment_membership", "trigger_state", "trigger_firing", "health_score", "play",
            "task", "opportunity");

    StoreSnapshot {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    static StoreSnapshot read(Path duckDbFile) throws SQLException {
        if (!Files.isRegularFile(duckDbFile)) {
            throw new IllegalStateException("no store at " + duckDbFile);
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + duckDbFile.toAbsolutePath(), properties)) {
            for (String table : STATE_TABLES) {
                // idem_run's first two columns are selected by name, so that runStatuses() can read them back.
                String columns = table.equals("idem_run") ? "run_id, status, *" : "*";
                tables.put(table, rows(connection, "SELECT " + columns + " FROM " + table));
            }
            for (String table : sourceTables(connection)) {
                tables.put(table, rows(connection, "SELECT count(*) FROM " + table));
            }
        }
        return new StoreSnapshot(tables);
    }

    /** Returns the rows of one table, rendered as text and sorted. */
    List<String> table(String name) {
        List<String> rows = tables.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("table " + name + " is not in the snapshot; tables: " + tables.keySet());
        }
        return rows;
    }

    /** Returns the snapshot restricted to the given tables. */
    StoreSnapshot only(List<String> names) {
        Map<String, List<String>> selected = new TreeMap<>();
        names.forEach(name -> selected.put(name, table(name)));
        return new StoreSnapshot(selected);
    }

    /** Returns the run ids and statuses recorded in idem_run, keyed by run id. */
    Map<String, String> runStatuses() {
        Map<String, String> statuses = new TreeMap<>();
        for (String row : table("idem_run")) {
            String[] fields = row.split(" \\| ", -1);
            statuses.put(fields[0], fields[1]);
        }
        return statuses;
    }

    private static List<String> sourceTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'src\\_%' ESCAPE '\\'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rendered = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        row.append(" | ");
                    }
                    row.append(rows.getString(i));
                }
                rendered.add(row.toString());
            }
        }
        Collections.sort(rendered);
        return rendered;
    }
}
