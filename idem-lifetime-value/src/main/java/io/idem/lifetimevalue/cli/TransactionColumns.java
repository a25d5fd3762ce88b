package io.idem.lifetimevalue.cli;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Options for reading a transaction file.
 *
 * @param customer header name of the customer id column in CSV files
 * @param date header name of the date column in CSV files
 * @param amount header name of the amount column in CSV files
 * @param datePattern {@link java.time.format.DateTimeFormatter} pattern of the dates, or null for the default of
 *     the detected format
 */
public record TransactionColumns(String customer, String date, String amount, String datePattern) {
    public static final String DEFAULT_CUSTOMER = "customer_id";
    public static final String DEFAULT_DATE = "date";
    public static final String DEFAULT_AMOUNT = "amount";

    public TransactionColumns {
        requireNonNull(customer, "customer is null");
        requireNonNull(date, "date is null");
        requireNonNull(amount, "amount is null");
    }

    public static TransactionColumns defaults() {
        return new TransactionColumns(DEFAULT_CUSTOMER, DEFAULT_DATE, DEFAULT_AMOUNT, null);
    }

    public Optional<String> datePatternOverride() {
        return Optional.ofNullable(datePattern);
    }
}
