package io.idem.workspace;

import java.util.List;

/**
 * The data sets Idem understands. Each kind fixes the canonical column names that Idem reads
 * ({@link #requiredColumns()}) and the date column that time windows apply to.
 */
public enum SourceKind {
    ACCOUNTS(List.of("account_id"), null),
    SUBSCRIPTIONS(List.of("account_id", "start_date", "mrr"), "start_date"),
    USAGE(List.of("event_date"), "event_date"),
    TICKETS(List.of("account_id", "opened_on"), "opened_on"),
    RESPONSES(List.of("account_id", "responded_on", "score"), "responded_on"),
    TOUCHPOINTS(List.of("account_id", "occurred_on"), "occurred_on"),
    CHURN_EVENTS(List.of("account_id", "churned_on"), "churned_on"),
    INVOICES(List.of("account_id", "due_on"), "due_on"),
    OTHER(List.of(), null);

    private final List<String> requiredColumns;
    private final String dateColumn;

    SourceKind(List<String> requiredColumns, String dateColumn) {
        this.requiredColumns = requiredColumns;
        this.dateColumn = dateColumn;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Returns the canonical date column that feature windows use, or null when the kind has none. */
    public String dateColumn() {
        return dateColumn;
    }

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
