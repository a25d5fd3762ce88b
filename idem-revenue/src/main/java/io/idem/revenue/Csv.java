package io.idem.revenue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV output as RFC 4180 describes it: comma-separated, quoted only where a field needs it, LF line ends. */
final class Csv {

    private Csv() {
    }

    /** Opens {@code file} for writing, creating its folder, and writes the header line. */
    static BufferedWriter open(Path file, String header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write(header);
            writer.write('\n');
            return writer;
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    /** Returns the field quoted when it contains a comma, a quote or a line break; null becomes an empty field. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static UncheckedIOException failed(Path file, IOException cause) {
        return new UncheckedIOException("cannot write " + file + ": " + cause.getMessage()
                + "; check that the output folder is writable and the disk has space", cause);
    }
}
