package io.idem.cycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Edits the CSV files of a generated demo workspace the way a new export would: appends usage
 * events, deletes some, changes tickets and removes accounts. Returns the accounts each edit
 * touched, worked out from the lines it edits, so tests can check the importer's own record.
 */
final class DemoChanges {

    private final Path data;
    private final Random random;
    private int nextEvent;

    DemoChanges(Path data, long seed) {
        this.data = data;
        this.random = new Random(seed);
    }

    /** Appends {@code count} usage events dated in the last 40 days before {@code asOf}, each copied from a random existing event. */
    Set<String> appendUsage(int count, LocalDate asOf) throws IOException {
        Path file = data.resolve("usage.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        int id = header.indexOf("event_id");
        int account = header.indexOf("account_id");
        int date = header.indexOf("event_date");
        Set<String> touched = new TreeSet<>();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> fields = split(lines.get(1 + random.nextInt(lines.size() - 1)));
            fields.set(id, "incremental-" + nextEvent++ + "-" + random.nextInt(1_000_000));
            fields.set(date, asOf.minusDays(random.nextInt(40)).toString());
            touched.add(fields.get(account));
            added.add(join(fields));
        }
        lines.addAll(added);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return touched;
    }

    /** Deletes {@code count} random usage events. */
    Set<String> deleteUsage(int count) throws IOException {
        return deleteLines("usage.csv", count);
    }

    /** Deletes {@code count} random tickets. */
    Set<String> deleteTickets(int count) throws IOException {
        return deleteLines("tickets.csv", count);
    }

    /** Removes {@code count} random accounts from accounts.csv, leaving their other rows in place. */
    Set<String> removeAccounts(int count) throws IOException {
        return deleteLines("accounts.csv", count);
    }

    private Set<String> deleteLines(String name, int count) throws IOException {
        Path file = data.resolve(name);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int account = split(lines.get(0)).indexOf("account_id");
        Set<String> touched = new TreeSet<>();
        for (int i = 0; i < count && lines.size() > 2; i++) {
            String removed = lines.remove(1 + random.nextInt(lines.size() - 1));
            touched.add(split(removed).get(account));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return touched;
    }

    /** Splits one CSV line with RFC 4180 quoting; the demo files have no line breaks inside fields. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String join(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            quoted.add(field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return String.join(",", quoted);
    }
}
