package io.idem.identify;

import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The RavenStack example's features computed in plain Java from the file rows, one loop per
 * feature, following the definitions in idem.yaml and the window rule
 * {@code as_of - offset - window < date <= as_of - offset}.
 */
final class RavenStackReference {

    private final Rows accounts;
    private final Rows subscriptions;
    private final Rows usage;
    private final Rows tickets;
    private final Map<String, String> accountOfSubscription = new HashMap<>();

    RavenStackReference(Workspace workspace) throws Exception {
        accounts = new Rows(workspace.sources().get("accounts"));
        subscriptions = new Rows(workspace.sources().get("subscriptions"));
        usage = new Rows(workspace.sources().get("usage"));
        tickets = new Rows(workspace.sources().get("tickets"));
        for (Object[] row : subscriptions.rows) {
            accountOfSubscription.put((String) subscriptions.get(row, "subscription_id"), (String) subscriptions.get(row, "account_id"));
        }
    }

    List<String> accountIds() {
        return accounts.rows.stream().map(row -> (String) accounts.get(row, "account_id")).sorted().toList();
    }

    /** Returns feature name to account to value, for every feature of the example. */
    Map<String, Map<String, Object>> features(LocalDate asOf) {
        Map<String, Map<String, Object>> features = new HashMap<>();
        features.put("usage_30d", usageSum("usage_count", asOf, 30));
        features.put("usage_prev_30d", usageSum("usage_count", asOf.minusDays(30), 30));
        features.put("errors_30d", usageSum("error_count", asOf, 30));
        features.put("features_used_30d", distinctFeatures(asOf));
        features.put("usage_change_30d", percentChange(features.get("usage_30d"), features.get("usage_prev_30d")));
        features.put("mrr_now", activeSum("mrr", asOf));
        features.put("mrr_90d_ago", activeSum("mrr", asOf.minusDays(90)));
        features.put("mrr_change_90d", percentChange(features.get("mrr_now"), features.get("mrr_90d_ago")));
        features.put("seats_now", activeSum("seats", asOf));
        features.put("days_to_renewal", daysToAnnualRenewal(asOf));
        features.put("tenure_days", perAccount(id -> (double) ChronoUnit.DAYS.between(signupDate(id), asOf)));
        features.put("avg_satisfaction_90d", satisfactionAverage(asOf));
        features.put("tickets_90d", ticketCount(asOf, false));
        features.put("escalations_90d", ticketCount(asOf, true));
        features.put("days_since_last_ticket", daysSinceLastTicket(asOf));
        return features;
    }

    private Map<String, Object> usageSum(String column, LocalDate end, int windowDays) {
        Map<String, Object> sums = perAccount(id -> 0.0);
        for (Object[] row : usage.rows) {
            String account = accountOfSubscription.get((String) usage.get(row, "subscription_id"));
            Object value = usage.get(row, column);
            if (account != null && value != null && inWindow((LocalDate) usage.get(row, "event_date"), end, windowDays)) {
                sums.computeIfPresent(account, (id, sum) -> (Double) sum + ((Long) value).doubleValue());
            }
        }
        return sums;
    }

    private Map<String, Object> distinctFeatures(LocalDate asOf) {
        Map<String, Set<String>> seen = new HashMap<>();
        for (Object[] row : usage.rows) {
            String account = accountOfSubscription.get((String) usage.get(row, "subscription_id"));
            String feature = (String) usage.get(row, "feature");
            if (account != null && feature != null && inWindow((LocalDate) usage.get(row, "event_date"), asOf, 30)) {
                seen.computeIfAbsent(account, id -> new HashSet<>()).add(feature);
            }
        }
        return perAccount(id -> (double) seen.getOrDefault(id, Set.of()).size());
    }

    private Map<String, Object> activeSum(String column, LocalDate day) {
        boolean money = column.equals("mrr");
        Map<String, Object> sums = perAccount(id -> money ? BigDecimal.ZERO : (Object) 0.0);
        for (Object[] row : subscriptions.rows) {
            Object value = subscriptions.get(row, column);
            if (value == null || !active(row, day)) {
                continue;
            }
            sums.computeIfPresent((String) subscriptions.get(row, "account_id"), (id, sum) -> money
                    ? ((BigDecimal) sum).add((BigDecimal) value)
                    : (Object) ((Double) sum + ((Long) value).doubleValue()));
        }
        return sums;
    }

    private Map<String, Object> daysToAnnualRenewal(LocalDate asOf) {
        Map<String, Object> days = perAccount(id -> null);
        for (Object[] row : subscriptions.rows) {
            if (!"annual".equals(subscriptions.get(row, "billing_period")) || !active(row, asOf)) {
                continue;
            }
            LocalDate start = (LocalDate) subscriptions.get(row, "start_date");
            int years = 1;
            while (!start.plusYears(years).isAfter(asOf)) {
                years++;
            }
            double until = ChronoUnit.DAYS.between(asOf, start.plusYears(years));
            String account = (String) subscriptions.get(row, "account_id");
            if (days.containsKey(account)) {
                days.merge(account, until, (current, next) -> Math.min((Double) current, (Double) next));
            }
        }
        return days;
    }

    private Map<String, Object> satisfactionAverage(LocalDate asOf) {
        Map<String, double[]> totals = new HashMap<>();
        for (Object[] row : tickets.rows) {
            Object satisfaction = tickets.get(row, "satisfaction");
            if (satisfaction != null && inWindow((LocalDate) tickets.get(row, "opened_on"), asOf, 90)) {
                double[] total = totals.computeIfAbsent((String) tickets.get(row, "account_id"), id -> new double[2]);
                total[0] += (Double) satisfaction;
                total[1]++;
            }
        }
        return perAccount(id -> totals.containsKey(id) ? totals.get(id)[0] / totals.get(id)[1] : null);
    }

    private Map<String, Object> ticketCount(LocalDate asOf, boolean escalatedOnly) {
        Map<String, Object> counts = perAccount(id -> 0.0);
        for (Object[] row : tickets.rows) {
            boolean counted = !escalatedOnly || Boolean.TRUE.equals(tickets.get(row, "escalated"));
            if (counted && inWindow((LocalDate) tickets.get(row, "opened_on"), asOf, 90)) {
                counts.computeIfPresent((String) tickets.get(row, "account_id"), (id, count) -> (Double) count + 1);
            }
        }
        return counts;
    }

    private Map<String, Object> daysSinceLastTicket(LocalDate asOf) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (Object[] row : tickets.rows) {
            LocalDate opened = (LocalDate) tickets.get(row, "opened_on");
            if (!opened.isAfter(asOf)) {
                latest.merge((String) tickets.get(row, "account_id"), opened, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return perAccount(id -> latest.containsKey(id) ? (Object) (double) ChronoUnit.DAYS.between(latest.get(id), asOf) : null);
    }

    /** pct_change(now, before): (now - before) / before, missing when before is 0 or either is missing. */
    private Map<String, Object> percentChange(Map<String, Object> now, Map<String, Object> before) {
        return perAccount(id -> {
            Double a = number(now.get(id));
            Double b = number(before.get(id));
            return a == null || b == null || b == 0.0 ? null : (a - b) / b;
        });
    }

    private boolean active(Object[] row, LocalDate day) {
        LocalDate start = (LocalDate) subscriptions.get(row, "start_date");
        LocalDate end = (LocalDate) subscriptions.get(row, "end_date");
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    private static boolean inWindow(LocalDate date, LocalDate end, int windowDays) {
        return !date.isAfter(end) && date.isAfter(end.minusDays(windowDays));
    }

    private static Double number(Object value) {
        return value instanceof BigDecimal decimal ? (Double) decimal.doubleValue() : (Double) value;
    }

    private LocalDate signupDate(String id) {
        for (Object[] row : accounts.rows) {
            if (id.equals(accounts.get(row, "account_id"))) {
                return (LocalDate) accounts.get(row, "signup_date");
            }
        }
        throw new IllegalArgumentException("no account " + id);
    }

    private Map<String, Object> perAccount(Function<String, Object> value) {
        Map<String, Object> values = new HashMap<>();
        for (String id : accountIds()) {
            values.put(id, value.apply(id));
        }
        return values;
    }

    /** A source's rows with column lookup by name. */
    private static final class Rows {

        private final List<String> columns;
        private final List<Object[]> rows;

        Rows(Source source) throws Exception {
            this.columns = new ArrayList<>(source.columns().keySet());
            this.rows = RavenStackData.rows(source);
        }

        Object get(Object[] row, String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + columns);
            }
            return row[index];
        }
    }
}
