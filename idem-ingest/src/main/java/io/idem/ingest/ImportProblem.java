package io.idem.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem that stops an import: where it is, the offending value, what is wrong and the fix.
 *
 * @param line   the 1-based line of the file, or 0 when the problem concerns the whole file
 * @param column the header or column concerned, or null
 * @param value  the offending value, or null
 */
public record ImportProblem(String sourceName, Path file, long line, String column, String value, String message, String fix) {

    public ImportProblem {
        Objects.requireNonNull(sourceName, "sourceName is null");
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(message, "message is null");
    }

    static ImportProblem ofFile(String sourceName, Path file, String message, String fix) {
        return new ImportProblem(sourceName, file, 0, null, null, message, fix);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": source ").append(sourceName).append(": ");
        if (column != null) {
            text.append("column '").append(column).append("': ");
        }
        text.append(message);
        if (value != null) {
            text.append(" (value: '").append(value).append("')");
        }
        if (fix != null && !fix.isBlank()) {
            text.append(". Fix: ").append(fix);
        }
        return text.toString();
    }
}
