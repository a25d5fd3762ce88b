package io.idem.design.measure;

import io.idem.revenue.Movement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the expansion and reactivation entries of a run's {@code revenue/ledger.csv} (header
 * {@code date,account_id,movement,amount,mrr_after}), for callers that have the file but not the
 * calculation. Account ids with commas are quoted in the file and are read correctly.
 */
public final class LedgerCsvReader {

    static final String HEADER = "date,account_id,movement,amount,mrr_after";

    private LedgerCsvReader() {
    }

    /**
     * Returns the entries of {@code file} that raised MRR.
     *
     * @throws IllegalArgumentException naming the line and field when the file is not a ledger
     */
    public static List<LedgerExpansion> read(Path file) {
        List<LedgerExpansion> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalArgumentException(file + ": header is '" + header + "', expected '" + HEADER
                        + "'; pass the revenue/ledger.csv of a run");
            }
            String line;
            long number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                LedgerExpansion entry = parse(file, number, line);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ledger " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static LedgerExpansion parse(Path file, long number, String line) {
        List<String> fields = split(line);
        if (fields.size() != 5) {
            throw new IllegalArgumentException(file + " line " + number + ": " + fields.size() + " fields, expected 5 (" + HEADER + ")");
        }
        Movement movement;
        try {
            movement = Movement.valueOf(fields.get(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + number + ", field movement: invalid value '" + fields.get(2)
                    + "'; use new, expansion, contraction, churn or reactivation", e);
        }
        if (!LedgerExpansion.counts(movement)) {
            return null;
        }
        try {
            return new LedgerExpansion(fields.get(1), LocalDate.parse(fields.get(0)), movement, new BigDecimal(fields.get(3)));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + number + ": invalid date '" + fields.get(0) + "' or amount '"
                    + fields.get(3) + "'; dates are YYYY-MM-DD and amounts plain decimals", e);
        }
    }

    /** Splits an RFC 4180 line; a quoted field may contain commas and doubled quotes. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
