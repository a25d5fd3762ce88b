package io.idem.pipeline.crm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole: the header on line 1 and one {@link CsvRow} per data row.
 *
 * <p>The file must be UTF-8 and follow RFC 4180, so quoted fields may contain commas, doubled quotes and line
 * breaks. Lines may end in CRLF or LF. A byte order mark before the header is dropped, blank lines are skipped,
 * and every value is trimmed of surrounding whitespace; {@link #trimmedValues()} counts the values that had any.
 *
 * @param file the file read
 * @param header column names in file order
 * @param rows data rows in file order
 * @param trimmedValues number of values that had leading or trailing whitespace
 */
public record CsvTable(Path file, List<String> header, List<CsvRow> rows, int trimmedValues) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public CsvTable {
        requireNonNull(file, "file is null");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a CSV file and checks that its header has every column in {@code requiredColumns}.
     *
     * @throws CrmDataException when the file is missing, not UTF-8, empty, lacks a required column, has a blank or
     *     repeated column name, or has a row whose number of fields differs from the header
     */
    public static CsvTable read(Path file, List<String> requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw CrmDataException.atFile(file, "file not found", "check the data folder; it must contain "
                    + file.getFileName(), null);
        }
        try (Reader reader = Files.newBufferedReader(file, UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            return readRecords(file, parser, requiredColumns);
        } catch (CharacterCodingException e) {
            throw notUtf8(file, e);
        } catch (CSVException e) {
            throw malformed(file, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(file, e);
            }
            if (e.getCause() instanceof CSVException) {
                throw malformed(file, e.getCause());
            }
            throw unreadable(file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static CsvTable readRecords(Path file, CSVParser parser, List<String> requiredColumns) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw CrmDataException.atFile(file, "the file is empty", "export the table with its header line", null);
        }
        List<String> header = header(file, records.next(), requiredColumns);

        List<CsvRow> rows = new ArrayList<>();
        int trimmed = 0;
        long previousLine = parser.getCurrentLineNumber();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = previousLine + 1;
            previousLine = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                throw CrmDataException.atLine(file, line, "the row has " + record.size() + " fields but the"
                        + " header has " + header.size() + " (" + String.join(",", header) + ")",
                        "quote values that contain a comma and give every row one field per column");
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String raw = record.get(i);
                String value = raw.strip();
                if (value.length() != raw.length()) {
                    trimmed++;
                }
                values.put(header.get(i), value);
            }
            rows.add(new CsvRow(file, line, values));
        }
        return new CsvTable(file, header, rows, trimmed);
    }

    private static List<String> header(Path file, CSVRecord record, List<String> requiredColumns) {
        List<String> names = new ArrayList<>();
        for (String raw : record) {
            String name = names.isEmpty() && !raw.isEmpty() && raw.charAt(0) == BYTE_ORDER_MARK
                    ? raw.substring(1).strip()
                    : raw.strip();
            names.add(name);
        }

        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isEmpty()) {
                throw CrmDataException.atLine(file, 1, "the header has a blank column name",
                        "name every column on the first line");
            }
            if (!seen.add(name)) {
                throw CrmDataException.atLine(file, 1, "the header names column '" + name + "' twice",
                        "rename or remove one of the two columns");
            }
        }
        for (String required : requiredColumns) {
            if (!seen.contains(required)) {
                throw CrmDataException.atLine(file, 1, "required column '" + required + "' is missing from the"
                        + " header (" + String.join(",", names) + ")", "export the file with the columns "
                        + String.join(",", requiredColumns));
            }
        }
        return names;
    }

    private static CrmDataException notUtf8(Path file, Exception cause) {
        return CrmDataException.atFile(file, "the file is not UTF-8 text", "save it as UTF-8", cause);
    }

    private static CrmDataException malformed(Path file, Throwable cause) {
        return CrmDataException.atFile(file, "invalid CSV (" + cause.getMessage() + ")",
                "close every quoted field with a quote and double the quotes inside it", cause);
    }

    private static CrmDataException unreadable(Path file, Exception cause) {
        return CrmDataException.atFile(file, "cannot read the file (" + cause.getMessage() + ")",
                "check that the file exists and is readable", cause);
    }
}
