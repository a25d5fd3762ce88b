package io.idem.revenue;

import io.idem.store.BulkWriter;
import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Creates and fills a source table shaped as the importer leaves it: {@code src_<name>} with the
 * declared columns typed by the dialect, in declaration order, plus {@code _line}. Tests use it in
 * place of the import module.
 */
final class SourceTables {

    private SourceTables() {
    }

    static void create(Store store, Source source) throws SQLException {
        SqlDialect dialect = store.dialect();
        List<String> columns = new ArrayList<>();
        for (Column column : source.columns().values()) {
            columns.add(dialect.quoteIdentifier(column.name()) + " " + dialect.typeName(column.type()));
        }
        columns.add(dialect.quoteIdentifier("_line") + " " + dialect.typeName(ColumnType.INTEGER));
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("CREATE TABLE " + dialect.quoteIdentifier(source.tableName()) + " (" + String.join(", ", columns) + ")");
        }
    }

    /** Inserts rows whose values follow the declared columns; row i gets {@code _line} i + 2, as if after a header line. */
    static void insert(Store store, Source source, List<Object[]> rows) {
        try (BulkWriter writer = writer(store, source)) {
            long line = 2;
            for (Object[] row : rows) {
                Object[] values = Arrays.copyOf(row, row.length + 1);
                values[row.length] = line++;
                writer.write(values);
            }
        }
    }

    /** Loads a comma-separated file without quoted fields, mapping each declared column from its header. */
    static long loadCsv(Store store, Source source, Path csv) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             BulkWriter writer = writer(store, source)) {
            List<String> header = List.of(reader.readLine().split(",", -1));
            List<Column> columns = List.copyOf(source.columns().values());
            int[] positions = columns.stream().mapToInt(c -> header.indexOf(c.header())).toArray();
            String text;
            long line = 1;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.indexOf('"') >= 0) {
                    throw new IllegalStateException(csv + " line " + line + " has a quoted field, which this loader does not read");
                }
                String[] fields = text.split(",", -1);
                Object[] values = new Object[columns.size() + 1];
                for (int i = 0; i < columns.size(); i++) {
                    values[i] = convert(fields[positions[i]], columns.get(i).type());
                }
                values[columns.size()] = line;
                writer.write(values);
            }
            return writer.rowsWritten();
        }
    }

    private static BulkWriter writer(Store store, Source source) {
        List<String> names = new ArrayList<>(source.columns().keySet());
        List<ColumnType> types = new ArrayList<>(source.columns().values().stream().map(Column::type).toList());
        names.add("_line");
        types.add(ColumnType.INTEGER);
        return store.bulkWriter(source.tableName(), names, types);
    }

    private static Object convert(String text, ColumnType type) {
        if (text.isBlank()) {
            return null;
        }
        return switch (type) {
            case STRING -> text;
            case INTEGER -> Long.parseLong(text);
            case NUMBER -> Double.parseDouble(text);
            case MONEY -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a boolean: " + text);
            };
        };
    }
}
