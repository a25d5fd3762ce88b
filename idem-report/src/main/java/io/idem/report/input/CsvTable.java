package io.idem.report.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV output file of a run, read whole: RFC 4180 quoting, a header line, UTF-8. The tables a
 * report reads are summaries (a row per month, segment, trigger or account), small enough to hold
 * in memory.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(true)
            .get();

    private final String file;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(String file, List<String> header, List<CsvRow> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code relativePath} under {@code folder}. Returns empty when the file does not exist.
     *
     * @throws ReportInputException when the file cannot be read, lacks a required column, or has a
     *     row whose field count differs from the header's
     */
    public static Optional<CsvTable> read(Path folder, String relativePath, List<String> requiredColumns) throws ReportInputException {
        Path path = folder.resolve(relativePath);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }

        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(relativePath, header, requiredColumns);
            return Optional.of(new CsvTable(relativePath, header, readRows(relativePath, parser, header)));
        } catch (IOException | UncheckedIOException e) {
            throw new ReportInputException(relativePath, "failed to read the file: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv raises these for a malformed header (a duplicate name) or unbalanced quotes.
            throw new ReportInputException(relativePath, "malformed CSV: " + e.getMessage()
                    + "; write the file as RFC 4180 CSV with one header line of unique names", e);
        }
    }

    private static void checkHeader(String file, List<String> header, List<String> requiredColumns) throws ReportInputException {
        if (header.isEmpty()) {
            throw new ReportInputException(file, "the file is empty; expected a header line with " + String.join(",", requiredColumns));
        }
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new ReportInputException(file, "line 1: the header has no column '" + column + "' (found "
                        + String.join(",", header) + "); expected at least " + String.join(",", requiredColumns));
            }
        }
    }

    private static List<CsvRow> readRows(String file, CSVParser parser, List<String> header) throws ReportInputException {
        List<CsvRow> rows = new ArrayList<>();
        for (CSVRecord record : parser) {
            // The parser has consumed the record's line break, so its line counter already points past the record.
            long line = parser.getCurrentLineNumber();
            if (record.size() != header.size()) {
                throw new ReportInputException(file, "line " + line + " has " + record.size() + " fields but the header has "
                        + header.size() + "; quote fields that contain commas");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), record.get(i));
            }
            rows.add(new CsvRow(file, line, values));
        }
        return rows;
    }

    /** Returns the path of the file relative to the output folder. */
    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }
}
