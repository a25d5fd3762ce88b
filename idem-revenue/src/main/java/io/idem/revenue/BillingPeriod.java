package io.idem.revenue;

import java.util.Locale;
import java.util.Optional;

/**
 * How often a subscription is invoiced, which fixes how an amount per billing period becomes a
 * monthly amount: an annual amount is divided by 12 and a quarterly one by 3.
 */
public enum BillingPeriod {
    MONTHLY(1),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    BillingPeriod(int months) {
        this.months = months;
    }

    /** Returns the number of months one billing period covers. */
    public int months() {
        return months;
    }

    /**
     * Parses a {@code billing_period} value, ignoring case and surrounding spaces. Accepts the
     * spellings the renewal feature accepts: monthly or month, quarterly or quarter, and annual,
     * annually, yearly or year.
     *
     * @return empty when the text matches none of these
     */
    public static Optional<BillingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "monthly", "month" -> Optional.of(MONTHLY);
            case "quarterly", "quarter" -> Optional.of(QUARTERLY);
            case "annual", "annually", "yearly", "year" -> Optional.of(ANNUAL);
            default -> Optional.empty();
        };
    }
}
