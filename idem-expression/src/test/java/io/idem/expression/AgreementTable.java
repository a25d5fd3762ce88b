package io.idem.expression;

import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table {@code t} of generated rows in a real engine, for comparing SQL results with in-memory
 * evaluation. Rows are maps in the evaluator's representation: Double, Long (k1), BigDecimal (m1),
 * Boolean, String, LocalDate, {@link Duration} (u1) or null.
 */
final class AgreementTable {

    /** Column name, storage type and expression type, in table order. */
    record Column(String name, ColumnType storage, Type type) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("n1", ColumnType.NUMBER, Type.NUMBER),
            new Column("n2", ColumnType.NUMBER, Type.NUMBER),
            new Column("k1", ColumnType.INTEGER, Type.NUMBER),
            new Column("m1", ColumnType.MONEY, Type.MONEY),
            new Column("b1", ColumnType.BOOLEAN, Type.BOOLEAN),
            new Column("s1", ColumnType.STRING, Type.STRING),
            new Column("s2", ColumnType.STRING, Type.STRING),
            new Column("d1", ColumnType.DATE, Type.DATE),
            new Column("d2", ColumnType.DATE, Type.DATE),
            new Column("u1", ColumnType.INTEGER, Type.DURATION));

    static final Scope SCOPE = Scope.of(COLUMNS.stream().collect(Collectors.toMap(Column::name, Column::type)));

    private final Connection connection;
    private final SqlDialect dialect;

    AgreementTable(Connection connection, SqlDialect dialect) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        String columns = COLUMNS.stream()
                .map(c -> dialect.quoteIdentifier(c.name()) + " " + dialect.typeName(c.storage()))
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (id INTEGER, " + columns + ")");
        }
    }

    void replaceRows(List<Map<String, Object>> rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM t");
        }
        String placeholders = String.join(", ", Collections.nCopies(COLUMNS.size() + 1, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (" + placeholders + ")")) {
            for (int id = 0; id < rows.size(); id++) {
                insert.setInt(1, id);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    setValue(insert, i + 2, COLUMNS.get(i), rows.get(id).get(COLUMNS.get(i).name()));
                }
                insert.executeUpdate();
            }
        }
    }

    private static void setValue(PreparedStatement insert, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, switch (column.storage()) {
                case STRING -> Types.VARCHAR;
                case INTEGER -> Types.BIGINT;
                case NUMBER -> Types.DOUBLE;
                case MONEY -> Types.DECIMAL;
                case DATE -> Types.DATE;
                case TIMESTAMP -> Types.TIMESTAMP;
                case BOOLEAN -> Types.BOOLEAN;
            });
        } else if (value instanceof Duration duration) {
            insert.setLong(index, duration.days());
        } else if (value instanceof BigDecimal money) {
            insert.setBigDecimal(index, money);
        } else {
            insert.setObject(index, value);
        }
    }

    /** Returns the value of the compiled expression for every row, in row order, as the evaluator represents it. */
    List<Object> select(SqlFragment fragment, Type type, LocalDate asOf) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + fragment.sql() + " FROM t ORDER BY id")) {
            fragment.bind(statement, 1, asOf);
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(read(rows, type));
                }
            }
            return values;
        }
    }

    private static Object read(ResultSet rows, Type type) throws SQLException {
        Object value = switch (type) {
            case NUMBER, MONEY -> rows.getDouble(1);
            case DATE -> rows.getObject(1, LocalDate.class);
            case DURATION -> new Duration(rows.getLong(1));
            case BOOLEAN -> rows.getBoolean(1);
            case STRING -> rows.getString(1);
            case LIST -> throw new IllegalArgumentException("an expression cannot have type list");
        };
        return rows.wasNull() ? null : value;
    }

    /** Returns the rows' bindings for the in-memory evaluator. */
    static Bindings bindings(Map<String, Object> row, LocalDate asOf) {
        return Bindings.of(new LinkedHashMap<>(row), asOf);
    }

    /** Returns whether two results agree: both missing, numerically equal (so -0.0 equals 0.0), or equal. */
    static boolean agree(Object memory, Object database) {
        if (memory == null || database == null) {
            return memory == database;
        }
        if (memory instanceof Double a && database instanceof Double b) {
            return a.doubleValue() == b.doubleValue();
        }
        return memory.equals(database);
    }
}
