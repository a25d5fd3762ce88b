package io.idem.cycle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A minimal RFC 4180 CSV writer for run outputs: fields with a comma, quote or line break are quoted. */
final class Csv implements AutoCloseable {

    private final BufferedWriter writer;
    private final Path file;

    private Csv(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    static Csv open(Path file, String... header) {
        try {
            Csv csv = new Csv(file);
            csv.row((Object[]) header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(escape(format(values[i])));
            }
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void row(List<Object> values) {
        row(values.toArray());
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return "";
            }
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf(number.longValue())
                    : String.format(Locale.ROOT, "%.4f", number);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return value.toString();
    }

    static String escape(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
