package io.idem.affinity.input;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * An input file that cannot be used, with the place, the offending value and what to change. The message reads
 * {@code FILE:LINE: PROBLEM: 'VALUE'. Fix: FIX}, without the line part when the problem concerns the whole file.
 */
public final class InputFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String value;
    private final String fix;

    /**
     * @param line the 1-based line number, or 0 when the problem concerns the whole file
     */
    public InputFileException(Path file, long line, String problem, String value, String fix) {
        this(file, line, problem, value, fix, null);
    }

    public InputFileException(Path file, long line, String problem, String value, String fix, Throwable cause) {
        super(format(file, line, problem, value, fix), cause);
        this.file = requireNonNull(file, "file is null");
        this.line = line;
        this.value = requireNonNull(value, "value is null");
        this.fix = requireNonNull(fix, "fix is null");
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String value() {
        return value;
    }

    public String fix() {
        return fix;
    }

    private static String format(Path file, long line, String problem, String value, String fix) {
        String place = line > 0 ? file + ":" + line : file.toString();
        return place + ": " + problem + ": '" + value + "'. Fix: " + fix;
    }
}
