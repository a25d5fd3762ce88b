package io.idem.lifetimevalue.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Invalid content in an input file, located by line and column, with the offending value and how to fix it.
 */
public class InputFormatException extends Exception {
    private final Path file;
    private final int line;
    private final int column;
    private final String value;

    /**
     * @param file the input file
     * @param line 1-based line number, or 0 when the problem is the file as a whole
     * @param column 1-based field number within the line, or 0 when the problem is the whole line
     * @param columnName header name of the column, or null when the format has no header
     * @param value the offending text
     * @param problem what is wrong with the value
     * @param fix what the user should change
     */
    public InputFormatException(
            Path file, int line, int column, String columnName, String value, String problem, String fix) {
        super(format(file, line, column, columnName, value, problem, fix));
        this.file = requireNonNull(file, "file is null");
        this.line = line;
        this.column = column;
        this.value = value;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String value() {
        return value;
    }

    private static String format(
            Path file, int line, int column, String columnName, String value, String problem, String fix) {
        StringBuilder message = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            message.append(", line ").append(line);
        }
        if (column > 0) {
            message.append(", column ").append(column);
            if (columnName != null) {
                message.append(" (").append(columnName).append(')');
            }
        }
        if (value != null) {
            message.append(": value '").append(value).append('\'');
        }
        return message.append(": ").append(problem).append(". Fix: ").append(fix).toString();
    }
}
