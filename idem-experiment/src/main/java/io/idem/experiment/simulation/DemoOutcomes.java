package io.idem.experiment.simulation;

import io.idem.experiment.outcome.AccountOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the real outcomes of demo accounts from {@code accounts.csv} and {@code subscriptions.csv}, by the
 * rule of {@link io.idem.experiment.outcome.SubscriptionOutcomes} without a store: MRR on day X is the sum of
 * {@code mrr} of the account's subscriptions with start_date <= X and end_date blank or after X. D is the
 * start date and W the window. An account converted when MRR on D + W exceeds MRR on D. Its expansion MRR is
 * max(0, MRR on D + W - MRR on D), and its pre-period value is MRR on D.
 *
 * <p>Only accounts with MRR > 0 on D enter: a play targets customers, and an account that signs up after D
 * would count as converted although no play could have reached it.
 */
final class DemoOutcomes {

    private DemoOutcomes() {
    }

    /**
     * Returns the outcomes of the accounts of {@code accounts.csv} that are customers on {@code start}, in
     * file order.
     *
     * @throws IllegalArgumentException when a file lacks a column or a value cannot be read
     * @throws UncheckedIOException when a file cannot be read
     */
    static List<AccountOutcome> measure(Path dataFolder, LocalDate start, int windowDays) {
        LocalDate end = start.plusDays(windowDays);
        Map<String, BigDecimal[]> mrr = new HashMap<>();
        Table subscriptions = Table.read(dataFolder.resolve("subscriptions.csv"));
        for (int row = 0; row < subscriptions.rows().size(); row++) {
            String accountId = subscriptions.value(row, "account_id");
            LocalDate from = subscriptions.date(row, "start_date");
            LocalDate to = subscriptions.value(row, "end_date").isEmpty() ? null : subscriptions.date(row, "end_date");
            BigDecimal amount = subscriptions.amount(row, "mrr");
            BigDecimal[] days = mrr.computeIfAbsent(accountId, id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (activeOn(from, to, start)) {
                days[0] = days[0].add(amount);
            }
            if (activeOn(from, to, end)) {
                days[1] = days[1].add(amount);
            }
        }

        Map<String, AccountOutcome> outcomes = new LinkedHashMap<>();
        Table accounts = Table.read(dataFolder.resolve("accounts.csv"));
        for (int row = 0; row < accounts.rows().size(); row++) {
            String accountId = accounts.value(row, "account_id");
            BigDecimal[] days = mrr.getOrDefault(accountId, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (days[0].signum() > 0) {
                double gain = days[1].subtract(days[0]).max(BigDecimal.ZERO).doubleValue();
                outcomes.put(accountId, new AccountOutcome(accountId, days[1].compareTo(days[0]) > 0, gain,
                        days[0].doubleValue()));
            }
        }
        return new ArrayList<>(outcomes.values());
    }

    private static boolean activeOn(LocalDate from, LocalDate to, LocalDate day) {
        return !from.isAfter(day) && (to == null || to.isAfter(day));
    }

    /** A CSV file with a header, fields quoted as in RFC 4180 within one line. */
    private record Table(Path file, List<String> header, List<List<String>> rows) {

        static Table read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage()
                        + "; generate the demo workspace again", e);
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException(file + " is empty; it needs a header line");
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    rows.add(split(lines.get(i)));
                }
            }
            return new Table(file, split(lines.get(0)), rows);
        }

        String value(int row, String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(file + " line 1: missing column '" + column + "'; the header has "
                        + String.join(",", header));
            }
            List<String> fields = rows.get(row);
            return index < fields.size() ? fields.get(index) : "";
        }

        LocalDate date(int row, String column) {
            String value = value(row, column);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(invalid(row, column, value, "a date as YYYY-MM-DD"), e);
            }
        }

        BigDecimal amount(int row, String column) {
            String value = value(row, column);
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(invalid(row, column, value, "a decimal number"), e);
            }
        }

        private String invalid(int row, String column, String value, String expected) {
            return file + " data row " + (row + 1) + " column " + (header.indexOf(column) + 1) + " (" + column
                    + "): value '" + value + "' is not " + expected + "; fix the file or generate it again";
        }

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
}
