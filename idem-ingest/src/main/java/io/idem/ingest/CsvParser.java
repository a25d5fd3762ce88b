package io.idem.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming RFC 4180 parser over a {@link Reader}: any one-character delimiter, fields quoted
 * with {@code "} and doubled quotes inside them, delimiters and line breaks inside quoted fields,
 * and LF, CRLF or lone CR line ends. A leading byte-order mark is skipped, and lines with no
 * characters at all are skipped between records.
 *
 * <p>The parser allocates nothing per record: field contents are copied into one reusable char
 * array, and callers read a field as a range of it ({@link #fieldChars()}, {@link #fieldStart(int)},
 * {@link #fieldEnd(int)}), or as a String when they need one. The text of the current record stays
 * in the read buffer until the next call to {@link #next()}, so {@link #rawRecord()} returns it
 * exactly as written.
 *
 * <p>Malformed quoting does not stop the parse: the record is still returned, and
 * {@link #problem()} names what is wrong so that the caller can quarantine it.
 */
final class CsvParser implements Closeable {

    private static final int DEFAULT_BUFFER_SIZE = 1 << 16;
    private static final char QUOTE = '"';

    private final Reader reader;
    private final char delimiter;

    private char[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;

    private int recordStart;
    private int recordEnd;
    private long line = 1;
    private long recordLine;
    private String problem;

    private char[] fieldData = new char[1024];
    private int fieldDataLength;
    private int[] fieldStarts = new int[32];
    private int[] fieldEnds = new int[32];
    private int fieldCount;

    CsvParser(Reader reader, char delimiter) {
        this(reader, delimiter, DEFAULT_BUFFER_SIZE);
    }

    /** Creates a parser with a given initial buffer size; tests use small sizes to cross buffer refills. */
    CsvParser(Reader reader, char delimiter, int bufferSize) {
        if (delimiter == QUOTE || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("invalid delimiter '" + delimiter + "': a quote or line break cannot separate fields");
        }
        if (bufferSize < 1) {
            throw new IllegalArgumentException("buffer size must be positive, got " + bufferSize);
        }
        this.reader = reader;
        this.delimiter = delimiter;
        this.buffer = new char[bufferSize];
    }

    /**
     * Reads the next record. Returns false at the end of the input, when no record is left.
     *
     * @throws IOException when the reader fails, including a character that the decoder rejects
     */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        while (true) {
            recordStart = position;
            recordLine = line;
            fieldCount = 0;
            fieldDataLength = 0;
            problem = null;
            if (!ensureAvailable()) {
                return false;
            }
            char first = buffer[position];
            if (first == '\n' || first == '\r') {
                // An empty line is no record, not even one with a single blank field.
                consumeLineEnd();
                continue;
            }
            readRecord();
            return true;
        }
    }

    private void readRecord() throws IOException {
        while (true) {
            int terminator = ensureAvailable() && buffer[position] == QUOTE ? readQuotedField() : readPlainField();
            if (terminator != delimiter) {
                recordEnd = position;
                if (terminator == '\n') {
                    consumeLineEnd();
                }
                return;
            }
            position++;
            if (!ensureAvailable()) {
                // A delimiter right before the end of the input opens one last, empty field.
                startField();
                endField();
                recordEnd = position;
                return;
            }
        }
    }

    /** Reads an unquoted field; returns the delimiter, '\n' for a line end, or -1 at the end of input. */
    private int readPlainField() throws IOException {
        startField();
        return scanPlain();
    }

    /** Appends characters to the open field up to a delimiter or line end, then closes the field. */
    private int scanPlain() throws IOException {
        while (true) {
            int segmentStart = position;
            char[] chars = buffer;
            int end = limit;
            int i = position;
            while (i < end) {
                char c = chars[i];
                if (c == delimiter || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            position = i;
            append(chars, segmentStart, i - segmentStart);
            if (i < end) {
                endField();
                return chars[i] == delimiter ? delimiter : '\n';
            }
            if (!ensureAvailable()) {
                endField();
                return -1;
            }
        }
    }

    /** Reads a quoted field starting at its opening quote; returns like {@link #readPlainField()}. */
    private int readQuotedField() throws IOException {
        long openedOn = line;
        startField();
        position++;
        while (true) {
            if (!ensureAvailable()) {
                noteProblem("the quoted field opened on line " + openedOn + " is never closed");
                endField();
                return -1;
            }
            char c = buffer[position];
            if (c == QUOTE) {
                position++;
                if (ensureAvailable() && buffer[position] == QUOTE) {
                    appendChar(QUOTE);
                    position++;
                    continue;
                }
                return afterClosingQuote();
            }
            if (c == '\n' || (c == '\r' && !followedByLineFeed())) {
                line++;
            }
            appendChar(c);
            position++;
        }
    }

    private int afterClosingQuote() throws IOException {
        if (!ensureAvailable()) {
            endField();
            return -1;
        }
        char next = buffer[position];
        if (next == delimiter || next == '\n' || next == '\r') {
            endField();
            return next == delimiter ? delimiter : '\n';
        }
        // Text after a closing quote violates RFC 4180. It stays in the field, and the record is
        // flagged so that the caller quarantines it with its raw text.
        noteProblem("unexpected character '" + next + "' after the closing quote of field " + (fieldCount + 1));
        return scanPlain();
    }

    private boolean followedByLineFeed() throws IOException {
        position++;
        boolean lineFeed = ensureAvailable() && buffer[position] == '\n';
        position--;
        return lineFeed;
    }

    /** Consumes LF, CRLF or a lone CR at the position. */
    private void consumeLineEnd() throws IOException {
        char c = buffer[position++];
        if (c == '\r' && ensureAvailable() && buffer[position] == '\n') {
            position++;
        }
        line++;
    }

    private void skipByteOrderMark() throws IOException {
        if (ensureAvailable() && buffer[position] == '\uFEFF') {
            position++;
        }
    }

    private void noteProblem(String text) {
        if (problem == null) {
            problem = text;
        }
    }

    private void startField() {
        if (fieldCount == fieldStarts.length) {
            fieldStarts = Arrays.copyOf(fieldStarts, fieldCount * 2);
            fieldEnds = Arrays.copyOf(fieldEnds, fieldCount * 2);
        }
        fieldStarts[fieldCount] = fieldDataLength;
    }

    private void endField() {
        fieldEnds[fieldCount] = fieldDataLength;
        fieldCount++;
    }

    private void append(char[] source, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (fieldDataLength + length > fieldData.length) {
            fieldData = Arrays.copyOf(fieldData, Math.max(fieldData.length * 2, fieldDataLength + length));
        }
        System.arraycopy(source, offset, fieldData, fieldDataLength, length);
        fieldDataLength += length;
    }

    private void appendChar(char c) {
        if (fieldDataLength == fieldData.length) {
            fieldData = Arrays.copyOf(fieldData, fieldData.length * 2);
        }
        fieldData[fieldDataLength++] = c;
    }

    /**
     * Makes at least one character available at {@link #position}, reading more input if needed.
     * The current record is kept: it moves to the start of the buffer, which grows when the record
     * fills it. Returns false at the end of the input.
     */
    private boolean ensureAvailable() throws IOException {
        if (position < limit) {
            return true;
        }
        while (!endOfInput) {
            if (recordStart > 0) {
                int recordLength = limit - recordStart;
                System.arraycopy(buffer, recordStart, buffer, 0, recordLength);
                position -= recordStart;
                recordEnd -= recordStart;
                limit = recordLength;
                recordStart = 0;
            } else if (limit == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read = reader.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
            } else {
                limit += read;
                if (position < limit) {
                    return true;
                }
            }
        }
        return false;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** Returns the array that contains every field of the current record. */
    char[] fieldChars() {
        return fieldData;
    }

    int fieldStart(int index) {
        return fieldStarts[checkIndex(index)];
    }

    int fieldEnd(int index) {
        return fieldEnds[checkIndex(index)];
    }

    String field(int index) {
        checkIndex(index);
        return new String(fieldData, fieldStarts[index], fieldEnds[index] - fieldStarts[index]);
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= fieldCount) {
            throw new IndexOutOfBoundsException("field " + index + " of a record with " + fieldCount + " fields");
        }
        return index;
    }

    /** Returns the physical line, counted from 1, on which the current record starts. */
    long recordLine() {
        return recordLine;
    }

    /** Returns the text of the current record as it is in the file, without its line end. */
    String rawRecord() {
        return new String(buffer, recordStart, recordEnd - recordStart);
    }

    /** Returns what is malformed in the current record, or null when it is well-formed. */
    String problem() {
        return problem;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
