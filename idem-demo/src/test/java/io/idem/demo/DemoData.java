package io.idem.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated files parsed into typed rows, for checks that recompute facts from the CSV text
 * alone. MRR on a day follows the shared contract: the sum of mrr of subscriptions with
 * {@code start_date <= day} and an end date that is blank or after the day.
 */
final class DemoData {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Account(String id, String segment, LocalDate signup, String plan, int seats, String owner) {
    }

    record Subscription(String id, String account, LocalDate start, LocalDate end, String plan, int seats, BigDecimal mrr,
                        String billing) {

        boolean activeOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    record Usage(String account, String user, LocalDate date, String feature, int count) {
    }

    record Response(String account, LocalDate date, String survey, int score) {
    }

    record Ticket(String account, LocalDate opened, LocalDateTime closed, String priority, Integer satisfaction,
                  boolean escalated) {
    }

    record Touchpoint(String account, LocalDate date, String type, String owner) {
    }

    record Invoice(String account, LocalDate due, LocalDate paid, BigDecimal amount) {
    }

    final Map<String, Account> accounts = new LinkedHashMap<>();
    final Map<String, List<Subscription>> subscriptions = new LinkedHashMap<>();
    final List<Usage> usage = new ArrayList<>();
    final List<Response> responses = new ArrayList<>();
    final List<Ticket> tickets = new ArrayList<>();
    final List<Touchpoint> touchpoints = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();

    static DemoData load(Path dataFolder) throws IOException {
        DemoData data = new DemoData();

        CsvTable accounts = CsvTable.read(dataFolder.resolve("accounts.csv"));
        for (String[] r : accounts.rows()) {
            data.accounts.put(r[0], new Account(r[0], r[accounts.column("segment")], date(r[accounts.column("signup_date")]),
                    r[accounts.column("plan")], Integer.parseInt(r[accounts.column("seats")]), r[accounts.column("owner")]));
            data.subscriptions.put(r[0], new ArrayList<>());
        }

        CsvTable subscriptions = CsvTable.read(dataFolder.resolve("subscriptions.csv"));
        for (String[] r : subscriptions.rows()) {
            data.subscriptions.get(r[1]).add(new Subscription(r[0], r[1], date(r[2]), date(r[3]), r[4],
                    Integer.parseInt(r[5]), new BigDecimal(r[6]), r[7]));
        }
        data.subscriptions.values().forEach(list -> list.sort(Comparator.comparing(Subscription::start)));

        for (String[] r : CsvTable.read(dataFolder.resolve("usage.csv")).rows()) {
            data.usage.add(new Usage(r[1], r[2], date(r[3]), r[4], Integer.parseInt(r[5])));
        }
        for (String[] r : CsvTable.read(dataFolder.resolve("responses.csv")).rows()) {
            data.responses.add(new Response(r[1], date(r[2]), r[3], Integer.parseInt(r[4])));
        }
        for (String[] r : CsvTable.read(dataFolder.resolve("tickets.csv")).rows()) {
            data.tickets.add(new Ticket(r[1], date(r[2]), r[3].isEmpty() ? null : LocalDateTime.parse(r[3], TIMESTAMP), r[4],
                    r[5].isEmpty() ? null : Integer.valueOf(r[5]), Boolean.parseBoolean(r[6])));
        }
        for (String[] r : CsvTable.read(dataFolder.resolve("touchpoints.csv")).rows()) {
            data.touchpoints.add(new Touchpoint(r[1], date(r[2]), r[3], r[4]));
        }
        for (String[] r : CsvTable.read(dataFolder.resolve("invoices.csv")).rows()) {
            data.invoices.add(new Invoice(r[1], date(r[2]), date(r[3]), new BigDecimal(r[4])));
        }

        return data;
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    BigDecimal mrrOn(String account, LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (Subscription subscription : subscriptions.get(account)) {
            if (subscription.activeOn(day)) {
                total = total.add(subscription.mrr());
            }
        }
        return total;
    }

    int seatsOn(String account, LocalDate day) {
        int total = 0;
        for (Subscription subscription : subscriptions.get(account)) {
            if (subscription.activeOn(day)) {
                total += subscription.seats();
            }
        }
        return total;
    }

    boolean activeOn(String account, LocalDate day) {
        return subscriptions.get(account).stream().anyMatch(s -> s.activeOn(day));
    }

    /** Returns the plan of the subscription active on the day, or null when none is. */
    String planOn(String account, LocalDate day) {
        return subscriptions.get(account).stream().filter(s -> s.activeOn(day)).map(Subscription::plan).findFirst().orElse(null);
    }
}
