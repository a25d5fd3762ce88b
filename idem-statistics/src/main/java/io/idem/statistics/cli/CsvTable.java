package io.idem.statistics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small comma-separated table with a header row, read for the {@code --input} and {@code --units} options.
 * Fields are split on commas and trimmed; quoting is not supported because arm names and numbers need
 * none. Blank lines are skipped. Every error names the file, line, column and value.
 */
final class CsvTable {

    private final Path file;
    private final int headerLine;
    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(Path file, int headerLine, List<String> columns, List<Row> rows) {
        this.file = file;
        this.headerLine = headerLine;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads the file and checks its header against the allowed columns.
     *
     * @param option command-line option that named the file, for error messages
     * @param required columns that must be present
     * @param optional columns that may be present
     * @throws BadInputException for a missing file, an unknown, duplicate or missing column, or a row with
     *     the wrong number of fields
     */
    static CsvTable read(String option, Path file, List<String> required, List<String> optional) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("CSV file " + file + " given to " + option + " does not exist or is not a"
                    + " file; check the path");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read CSV file " + file + " given to " + option + ": " + e
                    + "; check that it is readable UTF-8 text");
        }

        int headerIndex = firstNonBlank(lines);
        if (headerIndex < 0) {
            throw new BadInputException(file + " is empty; add a header row " + String.join(",", required));
        }
        List<String> header = parseHeader(file, headerIndex + 1, lines.get(headerIndex), required, optional);

        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != header.size()) {
                throw new BadInputException(file + " line " + (i + 1) + ": expected " + header.size()
                        + " fields (" + String.join(",", header) + ") but found " + fields.length
                        + "; fill every column of the row");
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < fields.length; c++) {
                values.put(header.get(c), fields[c].trim());
            }
            rows.add(new Row(file, i + 1, header, values));
        }
        return new CsvTable(file, headerIndex + 1, header, rows);
    }

    Path file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** Returns the 1-based line number of the header row. */
    int headerLine() {
        return headerLine;
    }

    boolean hasColumn(String column) {
        return columns.contains(column);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> parseHeader(Path file, int lineNumber, String line, List<String> required,
            List<String> optional) {
        Set<String> allowed = new LinkedHashSet<>(required);
        allowed.addAll(optional);
        String expected = "expected columns " + String.join(",", required)
                + (optional.isEmpty() ? "" : " and optionally " + String.join(",", optional));

        List<String> header = new ArrayList<>();
        String[] names = line.split(",", -1);
        for (int c = 0; c < names.length; c++) {
            String name = names[c].trim().toLowerCase(Locale.ROOT);
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!allowed.contains(name)) {
                throw new BadInputException(file + " line " + lineNumber + " column " + (c + 1)
                        + ": unknown column '" + names[c].trim() + "'; " + expected);
            }
            if (header.contains(name)) {
                throw new BadInputException(file + " line " + lineNumber + " column " + (c + 1)
                        + ": duplicate column '" + name + "'; keep one");
            }
            header.add(name);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new BadInputException(file + " line " + lineNumber + ": missing column '" + column + "'; "
                        + expected);
            }
        }
        return header;
    }

    /** One data row; accessors parse and check a field and name its position on failure. */
    record Row(Path file, int line, List<String> header, Map<String, String> values) {

        String text(String column) {
            String value = values.get(column);
            if (value == null || value.isEmpty()) {
                throw error(column, value, "is empty; fill it in");
            }
            return value;
        }

        long count(String column) {
            String value = text(column);
            long count;
            try {
                count = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw error(column, value, "is not a whole number; pass a count such as 100");
            }
            if (count < 0) {
                throw error(column, value, "is negative; pass a count of accounts, 0 or more");
            }
            return count;
        }

        double number(String column) {
            String value = text(column);
            try {
                return Converters.parseFinite(value);
            } catch (NumberFormatException e) {
                throw error(column, value, "is not a finite number; use a decimal point, as in 12.5");
            }
        }

        boolean isBlank(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty();
        }

        BadInputException error(String column, String value, String problem) {
            return new BadInputException(file + " line " + line + " column " + (header.indexOf(column) + 1)
                    + " (" + column + "): value '" + (value == null ? "" : value) + "' " + problem);
        }
    }
}
