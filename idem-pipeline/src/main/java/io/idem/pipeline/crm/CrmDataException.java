package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Invalid CRM input: a missing or unreadable file, a bad header or a bad value. The message names the file, and
 * where they apply the line, the column and the value, then the reason and the fix.
 */
public final class CrmDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String column;
    private final String value;

    private CrmDataException(Path file, long line, String column, String value, String reason, String fix,
            Throwable cause) {
        super(message(file, line, column, value, reason, fix), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /** Creates an error about one value of one row. */
    public static CrmDataException atValue(Path file, long line, String column, String value, String reason,
            String fix) {
        return new CrmDataException(file, line, requireNonNull(column, "column is null"),
                requireNonNull(value, "value is null"), reason, fix, null);
    }

    /** Creates an error about a whole row, such as a wrong number of fields or a duplicate id. */
    public static CrmDataException atLine(Path file, long line, String reason, String fix) {
        return new CrmDataException(file, line, null, null, reason, fix, null);
    }

    /** Creates an error about a whole file, such as a missing file or a missing column. */
    public static CrmDataException atFile(Path file, String reason, String fix, Throwable cause) {
        return new CrmDataException(file, 0, null, null, reason, fix, cause);
    }

    public Path file() {
        return file;
    }

    /** Returns the 1-based line of the file, or 0 when the error concerns the whole file. */
    public long line() {
        return line;
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    private static String message(Path file, long line, String column, String value, String reason, String fix) {
        requireNonNull(file, "file is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(fix, "fix is null");
        StringBuilder message = new StringBuilder(file.toString());
        if (line > 0) {
            message.append(" line ").append(line);
        }
        if (column != null) {
            message.append(", column ").append(column).append(", value '").append(value).append('\'');
        }
        return message.append(": ").append(reason).append(". Fix: ").append(fix).toString();
    }
}
