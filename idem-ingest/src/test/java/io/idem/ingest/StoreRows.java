package io.idem.ingest;

import io.idem.store.Store;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads query results from a store as lists of Java objects, for assertions. */
final class StoreRows {

    private StoreRows() {
    }

    static List<List<Object>> query(Store store, String sql) throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Object[] row = new Object[meta.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = normalize(rows.getObject(i + 1));
                }
                result.add(Arrays.asList(row));
            }
        }
        return result;
    }

    /** Turns JDBC date and time classes into java.time, so that rows compare the same on every engine. */
    private static Object normalize(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value;
    }

    static long count(Store store, String sql) throws SQLException {
        return ((Number) query(store, sql).get(0).get(0)).longValue();
    }

    /** Returns the whole table, ordered by every column, with each value as text. */
    static List<String> dump(Store store, String table) throws SQLException {
        List<List<Object>> rows = query(store, "SELECT * FROM " + table);
        return rows.stream().map(row -> row.toString()).sorted().toList();
    }
}
