package io.idem.affinity.input;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads delimited records as RFC 4180 describes CSV, with a configurable delimiter. A field may be enclosed in
 * double quotes, and then may contain delimiters, line breaks and doubled quotes ({@code ""} for one quote).
 * Records end at LF, CRLF or CR. A UTF-8 byte order mark at the start is skipped.
 */
public final class DelimitedRecordReader implements Closeable {

    private static final int NONE = -2;
    private static final int END = -1;

    private final Path file;
    private final Reader reader;
    private final char delimiter;
    private long line = 1;
    private int pending = NONE;
    private boolean started;

    /**
     * @param file the path, for error messages only
     * @param reader the text, closed by {@link #close()}
     */
    public DelimitedRecordReader(Path file, Reader reader, char delimiter) {
        this.file = requireNonNull(file, "file is null");
        this.reader = requireNonNull(reader, "reader is null");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or a line break");
        }
        this.delimiter = delimiter;
    }

    /**
     * Reads the next record.
     *
     * @return the record, or empty at the end of the file
     * @throws InputFileException when a quoted field is not closed or text follows a closing quote
     */
    public Optional<DelimitedRecord> next() throws IOException {
        int c = read();
        if (c == END) {
            return Optional.empty();
        }

        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean afterClosingQuote = false;
        long quoteLine = 0;
        while (true) {
            if (inQuotes) {
                if (c == END) {
                    throw new InputFileException(file, quoteLine, "quoted field is never closed",
                            abbreviate(field), "close the field with a double quote, and double any quote inside it");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        afterClosingQuote = true;
                        c = following;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == END || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != END) {
                    line++;
                }
                fields.add(field.toString());
                return Optional.of(new DelimitedRecord(startLine, fields));
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
            } else if (afterClosingQuote) {
                throw new InputFileException(file, line, "text follows a closing quote", field + "\"" + (char) c,
                        "enclose the whole field in quotes and double any quote inside it");
            } else if (c == '"' && field.length() == 0) {
                inQuotes = true;
                quoteLine = line;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private int read() throws IOException {
        int c;
        if (pending != NONE) {
            c = pending;
            pending = NONE;
        } else {
            c = reader.read();
        }
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private int peek() throws IOException {
        if (pending == NONE) {
            pending = reader.read();
        }
        return pending;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 40 ? text.toString() : text.subSequence(0, 40) + "...";
    }
}
