package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One subscription as revenue reads it. It is active on day X when {@code startDate <= X} and
 * {@code endDate} is null or after X, so a subscription ending on a month's last day does not
 * count in that month.
 *
 * @param endDate  null for an open-ended subscription
 * @param mrrUnits monthly recurring revenue in units of 1/10,000 of the currency, never negative
 * @param line     the line of the imported file the row came from, for error messages
 */
record SubscriptionRow(String accountId, LocalDate startDate, LocalDate endDate, long mrrUnits, long line) {

    SubscriptionRow {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(startDate, "startDate is null");
        if (mrrUnits < 0) {
            throw new IllegalArgumentException("mrrUnits must not be negative, got " + mrrUnits);
        }
    }
}
