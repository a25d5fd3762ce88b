package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One purchase.
 *
 * @param customerId customer identifier, not blank
 * @param date day of the purchase
 * @param amount value of the purchase in the input currency, zero or more
 */
public record Transaction(String customerId, LocalDate date, double amount) {

    public Transaction {
        requireNonNull(customerId, "customerId is null");
        requireNonNull(date, "date is null");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId is blank");
        }
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw new IllegalArgumentException(
                    "amount of customer " + customerId + " on " + date + " must be zero or more, got " + amount);
        }
    }
}
