package io.idem.revenue;

/**
 * Subscription data or configuration that revenue metrics cannot be computed from. The message
 * names the table, the row's file line or the column, the offending value and the fix.
 */
public class RevenueException extends RuntimeException {

    public RevenueException(String message) {
        super(message);
    }

    public RevenueException(String message, Throwable cause) {
        super(message, cause);
    }
}
