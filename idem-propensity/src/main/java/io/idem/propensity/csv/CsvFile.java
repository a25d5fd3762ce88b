package io.idem.propensity.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A comma-separated file with a header line, read as RFC 4180 describes it: a field in double quotes may hold
 * commas, line breaks and doubled quotes. A UTF-8 byte order mark is skipped and blank lines are ignored.
 */
public record CsvFile(Path path, List<String> header, List<CsvRecord> records) {

    public CsvFile {
        header = List.copyOf(header);
        records = List.copyOf(records);
    }

    /**
     * Reads {@code path}.
     *
     * @throws InputFileException when the file cannot be read, has no header, repeats a column name, has an
     *     unclosed quote, or has a record whose field count differs from the header's
     */
    public static CsvFile read(Path path) throws InputFileException {
        List<CsvRecord> all = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            new RecordParser(path, reader).readAll(all);
        } catch (NoSuchFileException e) {
            throw new InputFileException(path, 0, null, null, "file not found", "give the path of an existing CSV file");
        } catch (IOException e) {
            throw new InputFileException(path, 0, null, null, "cannot be read (" + e.getMessage() + ")",
                    "check that the file is readable UTF-8 text");
        }
        if (all.isEmpty()) {
            throw new InputFileException(path, 0, null, null, "the file is empty",
                    "give a CSV file with a header line and one line per account");
        }

        CsvRecord headerRecord = all.get(0);
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : headerRecord.fields()) {
            String trimmed = name.trim();
            if (trimmed.isEmpty() || !seen.add(trimmed)) {
                throw new InputFileException(path, headerRecord.line(), trimmed, null,
                        trimmed.isEmpty() ? "the header has an empty column name" : "the header repeats this column",
                        "give every column a unique name in the header line");
            }
            header.add(trimmed);
        }
        List<CsvRecord> records = all.subList(1, all.size());
        for (CsvRecord record : records) {
            if (record.fields().size() != header.size()) {
                throw new InputFileException(path, record.line(), null, null, "the line has "
                        + record.fields().size() + " fields but the header has " + header.size(),
                        "give every line one field per header column, quoting fields that contain commas");
            }
        }
        return new CsvFile(path, header, records);
    }

    /** Returns the position of {@code column} in the header, or -1. */
    public int columnIndex(String column) {
        return header.indexOf(column);
    }

    /** Streams characters into records, tracking line numbers. */
    private static final class RecordParser {

        private final Path path;
        private final BufferedReader reader;
        private long line = 1;

        RecordParser(Path path, BufferedReader reader) {
            this.path = path;
            this.reader = reader;
        }

        void readAll(List<CsvRecord> out) throws IOException, InputFileException {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            long recordLine = line;
            boolean quoted = false;
            boolean blank = true;
            int c;
            while ((c = reader.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        if (reader.read() == '"') {
                            field.append('"');
                        } else {
                            reader.reset();
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    blank = false;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    blank = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    if (!blank || field.length() > 0) {
                        fields.add(field.toString());
                        out.add(new CsvRecord(recordLine, fields));
                    }
                    fields = new ArrayList<>();
                    field.setLength(0);
                    blank = true;
                    line++;
                    recordLine = line;
                } else {
                    field.append((char) c);
                    blank = false;
                }
            }
            if (quoted) {
                throw new InputFileException(path, recordLine, null, null, "a quoted field is not closed",
                        "close the field with a double quote, and double any quote inside it");
            }
            if (!blank || field.length() > 0) {
                fields.add(field.toString());
                out.add(new CsvRecord(recordLine, fields));
            }
        }
    }
}
