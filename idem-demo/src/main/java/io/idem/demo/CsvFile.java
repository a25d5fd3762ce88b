package io.idem.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV writer tuned for tens of millions of rows: fields go straight into a 1 MiB byte buffer
 * as ASCII, numbers and dates without String formatting. Text is quoted as RFC 4180 requires when
 * it contains a comma, a quote or a line break. Lines end with LF and the file has a header row.
 */
final class CsvFile implements Closeable {

    private static final int BUFFER_BYTES = 1 << 20;
    private static final int MAX_NUMBER_BYTES = 21;

    private final Path path;
    private final OutputStream out;
    private final DateText dates;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private boolean firstField = true;
    private long rows;

    CsvFile(Path path, DateText dates, List<String> header) throws IOException {
        this.path = path;
        this.dates = dates;
        this.out = Files.newOutputStream(path);
        for (String name : header) {
            text(name);
        }
        endRow();
        rows = 0;
    }

    Path path() {
        return path;
    }

    /** Returns the data rows written so far, without the header. */
    long rows() {
        return rows;
    }

    CsvFile text(String value) throws IOException {
        separate();
        boolean quote = false;
        boolean ascii = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            quote |= c == ',' || c == '"' || c == '\n' || c == '\r';
            ascii &= c < 128;
        }
        String field = quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        byte[] bytes = ascii ? null : field.getBytes(StandardCharsets.UTF_8);
        int length = ascii ? field.length() : bytes.length;
        ensure(length);
        if (length > buffer.length) {
            out.write(bytes == null ? field.getBytes(StandardCharsets.US_ASCII) : bytes);
            return this;
        }
        if (bytes == null) {
            for (int i = 0; i < length; i++) {
                buffer[position++] = (byte) field.charAt(i);
            }
        } else {
            System.arraycopy(bytes, 0, buffer, position, length);
            position += length;
        }
        return this;
    }

    CsvFile integer(long value) throws IOException {
        separate();
        digits(value, 1);
        return this;
    }

    /** Writes an identifier such as {@code A000042}: a prefix letter and a number zero-padded to {@code width}. */
    CsvFile id(char prefix, long number, int width) throws IOException {
        separate();
        ensure(1);
        buffer[position++] = (byte) prefix;
        digits(number, width);
        return this;
    }

    /** Writes {@code prefixId-uNNN}, the id of user {@code user} of an account. */
    CsvFile userId(char prefix, long account, int width, int user) throws IOException {
        id(prefix, account, width);
        ensure(2);
        buffer[position++] = '-';
        buffer[position++] = 'u';
        digits(user, 3);
        return this;
    }

    CsvFile date(int epochDay) throws IOException {
        separate();
        put(dates.of(epochDay));
        return this;
    }

    /** Writes a date, or an empty field when {@code epochDay} is {@link Rows#NO_DAY}. */
    CsvFile dateOrBlank(int epochDay) throws IOException {
        return epochDay == Rows.NO_DAY ? blank() : date(epochDay);
    }

    /** Writes {@code yyyy-MM-dd HH:mm:ss} in UTC, or an empty field when {@code epochSecond} is negative. */
    CsvFile timestampOrBlank(long epochSecond) throws IOException {
        if (epochSecond < 0) {
            return blank();
        }
        date((int) (epochSecond / 86_400));
        int secondOfDay = (int) (epochSecond % 86_400);
        ensure(9);
        buffer[position++] = ' ';
        twoDigits(secondOfDay / 3600);
        buffer[position++] = ':';
        twoDigits(secondOfDay / 60 % 60);
        buffer[position++] = ':';
        twoDigits(secondOfDay % 60);
        return this;
    }

    /** Writes an amount in cents as a decimal with two fraction digits, for example {@code 1234.50}. */
    CsvFile money(long cents) throws IOException {
        separate();
        if (cents < 0) {
            ensure(1);
            buffer[position++] = '-';
            cents = -cents;
        }
        digits(cents / 100, 1);
        ensure(3);
        buffer[position++] = '.';
        twoDigits((int) (cents % 100));
        return this;
    }

    CsvFile bool(boolean value) throws IOException {
        return text(value ? "true" : "false");
    }

    CsvFile blank() throws IOException {
        separate();
        return this;
    }

    void endRow() throws IOException {
        ensure(1);
        buffer[position++] = '\n';
        firstField = true;
        rows++;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private void separate() throws IOException {
        if (firstField) {
            firstField = false;
            return;
        }
        ensure(1);
        buffer[position++] = ',';
    }

    private void put(byte[] bytes) throws IOException {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void twoDigits(int value) {
        buffer[position++] = (byte) ('0' + value / 10);
        buffer[position++] = (byte) ('0' + value % 10);
    }

    private void digits(long value, int minimumWidth) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative number " + value + " in " + path);
        }
        int length = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            length++;
        }
        length = Math.max(length, minimumWidth);
        ensure(Math.max(length, MAX_NUMBER_BYTES));
        for (int i = position + length - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += length;
    }

    private void ensure(int bytes) throws IOException {
        if (position + bytes > buffer.length) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }
}
