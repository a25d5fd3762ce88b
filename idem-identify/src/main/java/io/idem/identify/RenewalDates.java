package io.idem.identify;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Feature;
import io.idem.workspace.Source;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Days to the next renewal of each account's active subscriptions. A subscription renews on the
 * anniversaries of its start date: every 12 months when {@code billing_period} is annual or
 * yearly, every 3 months when quarterly, and every month otherwise or when the column is absent.
 * Month arithmetic clamps to the month's last day (a 31 January start renews on 28 or 29 February).
 */
final class RenewalDates {

    private RenewalDates() {
    }

    static Object[] daysToRenewal(Store store, Feature feature, Source subscriptions, AccountFrame frame, LocalDate date, LocalDate asOf) {
        return daysToRenewal(store, feature, subscriptions, frame, date, asOf, null);
    }

    /** Computes as above, reading only the subscriptions of the accounts in {@code subset} unless it is null. */
    static Object[] daysToRenewal(Store store, Feature feature, Source subscriptions, AccountFrame frame, LocalDate date, LocalDate asOf,
                                  AccountSubset subset) {
        SqlDialect dialect = store.dialect();
        boolean hasPeriod = subscriptions.columns().containsKey("billing_period");
        String sql = "SELECT " + dialect.quoteIdentifier("account_id") + ", " + dialect.quoteIdentifier("start_date")
                + (hasPeriod ? ", " + dialect.quoteIdentifier("billing_period") : "")
                + " FROM " + dialect.quoteIdentifier(subscriptions.tableName())
                + " WHERE " + dialect.quoteIdentifier("start_date") + " <= " + dialect.dateParameter()
                + " AND (" + dialect.quoteIdentifier("end_date") + " IS NULL OR " + dialect.quoteIdentifier("end_date")
                + " > " + dialect.dateParameter() + ")";
        io.idem.expression.SqlFragment where = null;
        if (feature.where() != null) {
            where = AggregateQuery.whereFragment(feature, subscriptions, dialect, "t");
            sql += " AND (" + where.sql() + ")";
        }
        if (subset != null) {
            sql += " AND " + subset.accountCondition(dialect, dialect.quoteIdentifier("account_id"));
        }
        sql = sql.replace(" FROM " + dialect.quoteIdentifier(subscriptions.tableName()), " FROM " + dialect.quoteIdentifier(subscriptions.tableName()) + " t");
        Object[] days = frame.newColumn();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, java.sql.Date.valueOf(date));
            statement.setObject(2, java.sql.Date.valueOf(date));
            if (where != null) {
                Parameters.bind(statement, where.parameters(asOf), 3);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int row = frame.rowOf(rows.getString(1));
                    if (row < 0) {
                        continue;
                    }
                    LocalDate start = (LocalDate) Values.normalise(rows.getObject(2), io.idem.expression.Type.DATE);
                    int months = periodMonths(hasPeriod ? rows.getString(3) : null);
                    double until = ChronoUnit.DAYS.between(date, nextRenewal(start, months, date));
                    if (days[row] == null || until < (Double) days[row]) {
                        days[row] = until;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read active subscriptions from " + subscriptions.tableName() + ": " + e.getMessage(), e);
        }
        return days;
    }

    static int periodMonths(String billingPeriod) {
        if (billingPeriod == null) {
            return 1;
        }
        return switch (billingPeriod.trim().toLowerCase(Locale.ROOT)) {
            case "annual", "annually", "yearly", "year" -> 12;
            case "quarterly", "quarter" -> 3;
            default -> 1;
        };
    }

    /** Returns the first anniversary of {@code start} (every {@code months}) strictly after {@code date}. */
    static LocalDate nextRenewal(LocalDate start, int months, LocalDate date) {
        long elapsed = ChronoUnit.MONTHS.between(start, date);
        long periods = Math.max(0, elapsed / months);
        LocalDate candidate = start.plusMonths(periods * months);
        while (!candidate.isAfter(date)) {
            periods++;
            candidate = start.plusMonths(periods * months);
        }
        return candidate;
    }
}
