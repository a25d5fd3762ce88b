package io.idem.propensity.csv;

import java.nio.file.Path;

/**
 * Thrown for an input file that cannot be used. The message names the file, the line (0 when the problem is
 * not on one line), the column and value where there is one, what is wrong and how to fix it.
 */
public final class InputFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public InputFileException(Path file, long line, String column, String value, String problem, String fix) {
        super(message(file, line, column, value, problem, fix));
        this.file = file;
        this.line = line;
    }

    private static String message(Path file, long line, String column, String value, String problem, String fix) {
        StringBuilder text = new StringBuilder().append(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column '").append(column).append("'");
            if (value != null) {
                text.append(", value '").append(value).append("'");
            }
            text.append(": ");
        }
        return text.append(problem).append(". Fix: ").append(fix).toString();
    }

    public Path file() {
        return file;
    }

    /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
