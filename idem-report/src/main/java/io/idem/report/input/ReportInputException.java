package io.idem.report.input;

/**
 * An output file of a run that exists but cannot be read: a missing column, a value that is not
 * a number, malformed JSON. The message names the file, the line or field, the value and what to
 * do. The report shows the message in place of the section that needed the file.
 */
public class ReportInputException extends Exception {

    private final String file;

    public ReportInputException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public ReportInputException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** Returns the file's path relative to the output folder, such as {@code revenue/movements.csv}. */
    public String file() {
        return file;
    }
}
