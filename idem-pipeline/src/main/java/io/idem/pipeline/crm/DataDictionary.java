package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data_dictionary.csv of a CRM export: one row per table and field with its description.
 *
 * <p>The Maven CRM dictionary quotes descriptions that contain doubled quotes ({@code "Date in which the
 * ""Engaging"" deal stage was initiated"}), which the RFC 4180 parser reads as one field. One description has a
 * trailing space ("Sales agent "), which the reader trims like every other value.
 *
 * @param file the dictionary file
 * @param entries entries in file order
 * @param trimmedValues number of values that had leading or trailing whitespace
 */
public record DataDictionary(Path file, List<Entry> entries, int trimmedValues) {

    /** Column names of the dictionary file. */
    public static final List<String> COLUMNS = List.of("Table", "Field", "Description");

    /**
     * One described field.
     *
     * @param table table name, the data file name without .csv
     * @param field column name in that table
     * @param description description, trimmed
     * @param line line of the dictionary file
     */
    public record Entry(String table, String field, String description, long line) {
        public Entry {
            requireNonNull(table, "table is null");
            requireNonNull(field, "field is null");
            requireNonNull(description, "description is null");
        }
    }

    public DataDictionary {
        requireNonNull(file, "file is null");
        entries = List.copyOf(entries);
    }

    /**
     * Reads a dictionary file.
     *
     * @throws CrmDataException when the file cannot be read or a row lacks its table or field
     */
    public static DataDictionary read(Path file) {
        CsvTable table = CsvTable.read(file, COLUMNS);
        List<Entry> entries = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            entries.add(new Entry(row.requiredText("Table"), row.requiredText("Field"), row.text("Description"),
                    row.line()));
        }
        return new DataDictionary(file, entries, table.trimmedValues());
    }

    /** Returns the entries of one table by field name, in file order; empty for a table not described. */
    public Map<String, Entry> fields(String tableName) {
        Map<String, Entry> fields = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.table().equals(tableName))
                .forEach(entry -> fields.putIfAbsent(entry.field(), entry));
        return fields;
    }

    /**
     * Checks that a data file has every column the dictionary describes for its table.
     *
     * @throws CrmDataException naming the dictionary line of the first described column the file lacks
     */
    public void checkHeader(String tableName, CsvTable table) {
        for (Entry entry : fields(tableName).values()) {
            if (!table.header().contains(entry.field())) {
                throw CrmDataException.atLine(table.file(), 1, "column '" + entry.field() + "', described on line "
                        + entry.line() + " of " + file + ", is missing from the header ("
                        + String.join(",", table.header()) + ")", "export the file with all the columns of its"
                        + " data dictionary, or correct the dictionary");
            }
        }
    }
}
