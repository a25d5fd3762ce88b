package io.idem.identify;

import io.idem.store.Store;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small workspace whose feature values at {@link #AS_OF} are worked out by hand in
 * {@link FeatureEngineTest}. acme has rows everywhere, including rows on the window bounds and in
 * the future. bolt has only old rows, calm has none, and dune has one annual subscription started
 * on 29 February with usage linked to it.
 */
final class FeatureFixture {

    static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
    static final List<String> ACCOUNTS = List.of("acme", "bolt", "calm", "dune");

    static final String YAML = """
            idem: 1
            workspace: features
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
                  account_name: string
                  signup_date: date
                  seats: integer
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: string
                  account_id: string
                  start_date: date
                  end_date: date
                  mrr: money
                  seats: integer
                  billing_period: string
              usage:
                kind: usage
                file: usage.csv
                account_link: {source: subscriptions, column: subscription_id}
                columns:
                  usage_id: string
                  subscription_id: string
                  event_date: date
                  feature: string
                  usage_count: integer
              tickets:
                kind: tickets
                file: tickets.csv
                key: [ticket_id]
                columns:
                  ticket_id: string
                  account_id: string
                  opened_on: date
                  priority: string
                  satisfaction: number
                  escalated: boolean
                  credit: money
            features:
              engagement:
                expression: usage_per_seat * 10
              usage_per_seat:
                expression: usage_30d / seats
              tickets_30d: {source: tickets, aggregate: count, window: 30d}
              tickets_all: {source: tickets, aggregate: count}
              tickets_prev_30d: {source: tickets, aggregate: count, window: 30d, offset: 30d}
              escalated_30d: {source: tickets, aggregate: count, where: escalated, window: 30d}
              satisfaction_sum_30d: {source: tickets, aggregate: sum, column: satisfaction, window: 30d}
              satisfaction_avg_30d: {source: tickets, aggregate: avg, column: satisfaction, window: 30d}
              satisfaction_min_30d: {source: tickets, aggregate: min, column: satisfaction, window: 30d}
              satisfaction_max_30d: {source: tickets, aggregate: max, column: satisfaction, window: 30d}
              priorities_30d: {source: tickets, aggregate: count_distinct, column: priority, window: 30d}
              credit_30d: {source: tickets, aggregate: sum, column: credit, window: 30d}
              credit_escalated_30d: {source: tickets, aggregate: sum, column: credit, where: escalated, window: 30d}
              credit_max_30d: {source: tickets, aggregate: max, column: credit, window: 30d}
              first_ticket_on: {source: tickets, aggregate: min, column: opened_on}
              last_priority: {source: tickets, aggregate: last, column: priority}
              last_priority_1d_ago: {source: tickets, aggregate: last, column: priority, offset: 1d}
              urgent_or_high_30d: {source: tickets, aggregate: count, where: "priority in ('urgent', 'high')", window: 30d}
              days_since_last_ticket: {source: tickets, aggregate: days_since_last}
              days_since_first_ticket: {source: tickets, aggregate: days_since_first}
              mrr_now: {source: subscriptions, aggregate: sum_active, column: mrr}
              mrr_90d_ago: {source: subscriptions, aggregate: sum_active, column: mrr, offset: 90d}
              seats_now: {source: subscriptions, aggregate: sum_active, column: seats}
              next_renewal_days: {source: subscriptions, aggregate: days_to_renewal}
              annual_renewal_days: {source: subscriptions, aggregate: days_to_renewal, where: "billing_period = 'annual'"}
              usage_30d: {source: usage, aggregate: sum, column: usage_count, window: 30d}
              usage_prev_30d: {source: usage, aggregate: sum, column: usage_count, window: 30d, offset: 30d}
              features_30d: {source: usage, aggregate: count_distinct, column: feature, window: 30d}
              days_since_last_use: {source: usage, aggregate: days_since_last}
              usage_change_30d:
                expression: pct_change(usage_30d, usage_prev_30d)
              mrr_change_90d:
                expression: pct_change(mrr_now, mrr_90d_ago)
              tenure_days:
                expression: days_between(signup_date, as_of)
              renewal_soon:
                expression: next_renewal_days <= 60
            """;

    private FeatureFixture() {
    }

    /** Writes the workspace into {@code folder}, creates its source tables in the store and fills them. */
    static Workspace load(Path folder, Store store) throws Exception {
        Workspace workspace = TestWorkspace.write(folder, YAML);
        for (String source : List.of("accounts", "subscriptions", "usage", "tickets")) {
            SourceTable.create(store, workspace.sources().get(source));
        }
        SourceTable.insert(store, workspace.sources().get("accounts"), List.of(
                row("acme", "Acme", date("2023-01-01"), 4L, 2L),
                row("bolt", "Bolt", date("2024-06-30"), 2L, 3L),
                row("calm", "Calm", date("2024-01-01"), 1L, 4L),
                row("dune", "Dune", date("2020-02-29"), 5L, 5L)));
        SourceTable.insert(store, workspace.sources().get("subscriptions"), List.of(
                row("S1", "acme", date("2023-01-31"), null, money("100.00"), 10L, "monthly", 2L),
                row("S2", "acme", date("2024-03-01"), date("2024-06-30"), money("50.00"), 5L, "annual", 3L),
                row("S3", "acme", date("2024-06-30"), null, money("25.50"), 2L, "quarterly", 4L),
                row("S4", "acme", date("2024-07-01"), null, money("1000.00"), 50L, "monthly", 5L),
                row("S5", "bolt", date("2022-02-28"), date("2024-01-31"), money("40.00"), 4L, "annual", 6L),
                row("S6", "dune", date("2020-02-29"), null, money("60.00"), 3L, "annual", 7L)));
        SourceTable.insert(store, workspace.sources().get("usage"), List.of(
                row("U1", "S1", date("2024-06-10"), "f1", 5L, 2L),
                row("U2", "S3", date("2024-06-30"), "f2", 7L, 3L),
                row("U3", "S1", date("2024-05-31"), "f1", 100L, 4L),
                row("U4", "S1", date("2024-05-01"), "f3", 3L, 5L),
                row("U5", "S1", date("2024-05-02"), "f3", 4L, 6L),
                row("U6", "S6", date("2024-06-20"), "f1", 2L, 7L),
                row("U7", "S6", date("2024-06-21"), "f1", 3L, 8L),
                row("U8", "S-unknown", date("2024-06-20"), "f1", 50L, 9L),
                row("U9", "S4", date("2024-07-01"), "f9", 11L, 10L)));
        // T5 is inserted before T4 but comes from a later file line, so it is the last row of 30 June.
        SourceTable.insert(store, workspace.sources().get("tickets"), List.of(
                row("T1", "acme", date("2024-05-31"), "high", 1.0, true, money("100.00"), 2L),
                row("T2", "acme", date("2024-06-01"), "low", 4.0, false, money("10.50"), 3L),
                row("T3", "acme", date("2024-06-15"), "high", 5.0, true, money("20.25"), 4L),
                row("T5", "acme", date("2024-06-30"), "medium", null, true, money("5.00"), 7L),
                row("T4", "acme", date("2024-06-30"), "urgent", 3.0, false, money("0.00"), 6L),
                row("T6", "acme", date("2024-07-01"), "low", 2.0, true, money("999.00"), 8L),
                row("T7", "acme", date("2023-01-10"), "low", 2.0, false, money("1.00"), 5L),
                row("B1", "bolt", date("2024-01-15"), "low", 2.0, false, money("3.00"), 9L),
                row("G1", "ghost", date("2024-06-20"), "low", 5.0, true, money("1.00"), 10L)));
        return workspace;
    }

    static Object[] row(Object... values) {
        return values;
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static BigDecimal money(String text) {
        return new BigDecimal(text);
    }
}
