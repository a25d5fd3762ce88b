package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Movement totals into one month, each a non-negative amount with 4 decimals, so that
 * {@code mrr = previous mrr + newMrr + expansion + reactivation - contraction - churn} exactly.
 *
 * @param mrr the total MRR on the month's snapshot day
 */
public record MonthlyMovements(YearMonth month, BigDecimal newMrr, BigDecimal expansion, BigDecimal contraction,
                               BigDecimal churn, BigDecimal reactivation, BigDecimal mrr) {

    public MonthlyMovements {
        requireNonNull(month, "month is null");
        requireNonNegative("newMrr", newMrr);
        requireNonNegative("expansion", expansion);
        requireNonNegative("contraction", contraction);
        requireNonNegative("churn", churn);
        requireNonNegative("reactivation", reactivation);
        requireNonNegative("mrr", mrr);
    }

    private static void requireNonNegative(String name, BigDecimal amount) {
        requireNonNull(amount, name + " is null");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + amount);
        }
    }
}
