package io.idem.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven data files of a demo workspace, written account by account. Ids are assigned here in
 * writing order, so they are sequential per file: {@code A000001}, {@code S0000001} and so on.
 */
final class DemoFiles implements Closeable {

    static final int ACCOUNT_ID_WIDTH = 6;
    static final int EVENT_ID_WIDTH = 9;
    private static final int ROW_ID_WIDTH = 7;

    static final String ACCOUNTS = "accounts.csv";
    static final String SUBSCRIPTIONS = "subscriptions.csv";
    static final String USAGE = "usage.csv";
    static final String RESPONSES = "responses.csv";
    static final String TICKETS = "tickets.csv";
    static final String TOUCHPOINTS = "touchpoints.csv";
    static final String INVOICES = "invoices.csv";

    private final List<CsvFile> files = new ArrayList<>();
    private final CsvFile accounts;
    private final CsvFile subscriptions;
    private final CsvFile usage;
    private final CsvFile responses;
    private final CsvFile tickets;
    private final CsvFile touchpoints;
    private final CsvFile invoices;

    DemoFiles(Path dataFolder, DateText dates) throws IOException {
        try {
            accounts = open(dataFolder, ACCOUNTS, dates, List.of("account_id", "account_name", "industry", "country",
                    "segment", "signup_date", "plan", "seats", "owner", "region"));
            subscriptions = open(dataFolder, SUBSCRIPTIONS, dates, List.of("subscription_id", "account_id", "start_date",
                    "end_date", "plan", "seats", "mrr", "billing_period"));
            usage = open(dataFolder, USAGE, dates, List.of("event_id", "account_id", "user_id", "event_date", "feature",
                    "count"));
            responses = open(dataFolder, RESPONSES, dates, List.of("response_id", "account_id", "responded_on", "survey",
                    "score"));
            tickets = open(dataFolder, TICKETS, dates, List.of("ticket_id", "account_id", "opened_on", "closed_at",
                    "priority", "satisfaction", "escalated"));
            touchpoints = open(dataFolder, TOUCHPOINTS, dates, List.of("touchpoint_id", "account_id", "occurred_on", "type",
                    "owner"));
            invoices = open(dataFolder, INVOICES, dates, List.of("invoice_id", "account_id", "due_on", "paid_on", "amount"));
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private CsvFile open(Path folder, String name, DateText dates, List<String> header) throws IOException {
        CsvFile file = new CsvFile(folder.resolve(name), dates, header);
        files.add(file);
        return file;
    }

    CsvFile usage() {
        return usage;
    }

    /** Writes every row of the account except its usage rows. */
    void write(AccountHistory history) throws IOException {
        AccountProfile profile = history.profile();
        int account = profile.index();
        Rows.Subscription latest = history.latestSubscription();
        accounts.id('A', account, ACCOUNT_ID_WIDTH).text(profile.name()).text(profile.industry()).text(profile.country())
                .text(profile.segment().configName()).date(profile.signupDay()).text(latest.plan().displayName())
                .integer(latest.seats()).text(profile.owner()).text(profile.region());
        accounts.endRow();
        for (Rows.Subscription subscription : history.subscriptions()) {
            subscriptions.id('S', subscriptions.rows() + 1, ROW_ID_WIDTH).id('A', account, ACCOUNT_ID_WIDTH)
                    .date(subscription.startDay()).dateOrBlank(subscription.endDay()).text(subscription.plan().displayName())
                    .integer(subscription.seats()).money(subscription.mrrCents())
                    .text(subscription.annual() ? "annual" : "monthly");
            subscriptions.endRow();
        }
        for (Rows.Response response : history.responses()) {
            responses.id('R', responses.rows() + 1, ROW_ID_WIDTH).id('A', account, ACCOUNT_ID_WIDTH).date(response.day())
                    .text(response.survey().configName()).integer(response.score());
            responses.endRow();
        }
        for (Rows.Ticket ticket : history.tickets()) {
            tickets.id('T', tickets.rows() + 1, ROW_ID_WIDTH).id('A', account, ACCOUNT_ID_WIDTH).date(ticket.openedDay())
                    .timestampOrBlank(ticket.closedSecond()).text(ticket.priority().configName());
            if (ticket.satisfaction() == 0) {
                tickets.blank();
            } else {
                tickets.integer(ticket.satisfaction());
            }
            tickets.bool(ticket.escalated()).endRow();
        }
        for (Rows.Touchpoint touchpoint : history.touchpoints()) {
            touchpoints.id('P', touchpoints.rows() + 1, ROW_ID_WIDTH).id('A', account, ACCOUNT_ID_WIDTH)
                    .date(touchpoint.day()).text(touchpoint.type().configName()).text(touchpoint.owner());
            touchpoints.endRow();
        }
        for (Rows.Invoice invoice : history.invoices()) {
            invoices.id('I', invoices.rows() + 1, ROW_ID_WIDTH + 1).id('A', account, ACCOUNT_ID_WIDTH)
                    .date(invoice.dueDay()).dateOrBlank(invoice.paidDay()).money(invoice.amountCents());
            invoices.endRow();
        }
    }

    long rowsWritten() {
        long total = 0;
        for (CsvFile file : files) {
            total += file.rows();
        }
        return total;
    }

    /** Returns the data rows per file name, in the order the files are declared in idem.yaml. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CsvFile file : files) {
            counts.put(file.path().getFileName().toString(), file.rows());
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CsvFile file : files) {
            try {
                file.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
