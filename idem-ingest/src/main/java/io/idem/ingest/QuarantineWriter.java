package io.idem.ingest;

import io.idem.store.BulkWriter;
import io.idem.store.ColumnType;
import io.idem.store.Store;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rejected rows to table quarantine_row: one row per problem, so a row with two invalid
 * values appears twice with the same line. The first few problems of a file are also logged;
 * the rest only counted, so that a broken file does not flood the log.
 */
final class QuarantineWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineWriter.class);
    private static final String TABLE = "quarantine_row";
    private static final List<String> COLUMNS = List.of("source_name", "file_name", "line_number", "column_name",
            "raw_value", "reason", "raw_line", "run_id");
    private static final List<ColumnType> TYPES = List.of(ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER,
            ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.STRING);
    /** The length of quarantine_row.raw_value and .reason (VARCHAR(4000)); longer text is cut to fit. */
    private static final int MAX_TEXT = 4000;
    private static final int LOGGED_PROBLEMS = 5;

    /** One thing wrong with a row; {@code column} and {@code value} are null when it concerns the whole row. */
    record RowProblem(String column, String value, String reason) {
    }

    private final BulkWriter writer;
    private final String runId;
    private final String sourceName;
    private final String fileName;
    private final Object[] values = new Object[COLUMNS.size()];
    private long problemsWritten;

    QuarantineWriter(Store store, String runId, String sourceName, String fileName) {
        this.writer = store.bulkWriter(TABLE, COLUMNS, TYPES);
        this.runId = runId;
        this.sourceName = sourceName;
        this.fileName = fileName;
    }

    void write(long line, String rawLine, List<RowProblem> problems) {
        for (RowProblem problem : problems) {
            if (problemsWritten < LOGGED_PROBLEMS) {
                LOG.warn("Run {}: source {}: {} line {} quarantined: {}{}{}", runId, sourceName, fileName, line,
                        problem.column() == null ? "" : "column " + problem.column() + ": ", problem.reason(),
                        problem.value() == null ? "" : " (value: '" + problem.value() + "')");
            }
            values[0] = sourceName;
            values[1] = fileName;
            values[2] = line;
            values[3] = problem.column();
            values[4] = cut(problem.value());
            values[5] = cut(problem.reason());
            values[6] = rawLine;
            values[7] = runId;
            writer.write(values);
            problemsWritten++;
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    @Override
    public void close() {
        writer.close();
    }
}
