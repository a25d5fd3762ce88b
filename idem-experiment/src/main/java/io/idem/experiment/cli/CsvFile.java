package io.idem.experiment.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated file with a header row, read whole. Fields follow RFC 4180 within one line: a field may
 * be quoted with double quotes, and a quote inside a quoted field is doubled. A quoted field cannot span
 * lines. A UTF-8 byte-order mark is skipped, blank lines are ignored, and every error names the file, the
 * line and the column.
 */
final class CsvFile {

    private final Path file;
    private final int headerLine;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvFile(Path file, int headerLine, List<String> header, List<CsvRow> rows) {
        this.file = file;
        this.headerLine = headerLine;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads the file named by an option.
     *
     * @throws BadInputException for a missing or unreadable file, an empty file, a duplicate column, a broken
     *     quote or a row whose field count differs from the header's
     */
    static CsvFile read(String option, Path file) {
        List<String> lines = readLines(option, file);
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new BadInputException(file + " given to " + option + " is empty; add a header row and one row per"
                    + " account");
        }

        String headerText = lines.get(headerIndex);
        if (headerText.startsWith("\uFEFF")) {
            headerText = headerText.substring(1);
        }
        List<String> header = new ArrayList<>();
        for (String name : split(file, headerIndex + 1, headerText)) {
            header.add(name.trim());
        }
        for (int c = 0; c < header.size(); c++) {
            if (header.indexOf(header.get(c)) != c) {
                throw new BadInputException(file + " line " + (headerIndex + 1) + " column " + (c + 1)
                        + ": duplicate column '" + header.get(c) + "'; keep one");
            }
        }

        List<CsvRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = split(file, i + 1, lines.get(i));
            if (fields.size() != header.size()) {
                throw new BadInputException(file + " line " + (i + 1) + ": expected " + header.size() + " fields ("
                        + String.join(",", header) + ") but found " + fields.size() + "; quote fields that contain"
                        + " commas and fill every column");
            }
            rows.add(new CsvRow(file, i + 1, header, fields));
        }
        return new CsvFile(file, headerIndex + 1, header, rows);
    }

    Path file() {
        return file;
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** Returns the 1-based position of a column, or 0 when the header lacks it. */
    int columnNumber(String column) {
        return header.indexOf(column) + 1;
    }

    boolean hasColumn(String column) {
        return header.contains(column);
    }

    /**
     * Checks that the header has a column.
     *
     * @param fix what to do when it is missing
     */
    void requireColumn(String column, String fix) {
        if (!header.contains(column)) {
            throw new BadInputException(file + " line " + headerLine + ": missing column '" + column + "'; the"
                    + " header has " + String.join(",", header) + "; " + fix);
        }
    }

    private static List<String> readLines(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("CSV file " + file + " given to " + option + " does not exist or is not a"
                    + " file; check the path");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new BadInputException("CSV file " + file + " given to " + option + " is not valid UTF-8; save it"
                    + " as UTF-8");
        } catch (IOException e) {
            throw new BadInputException("cannot read CSV file " + file + " given to " + option + ": " + e.getMessage()
                    + "; check that it is readable");
        }
    }

    /** Splits one line into fields, unquoting quoted ones. */
    static List<String> split(Path file, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadInputException(file + " line " + lineNumber + " column " + (fields.size() + 1)
                    + ": a quoted field is not closed on this line; close the quote, and write line breaks inside"
                    + " a value as spaces");
        }
        fields.add(field.toString());
        return fields;
    }
}
