package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;

/**
 * One signup cohort: the accounts whose first day with MRR above 0 fell in {@code cohort}, followed
 * month by month. Element k of each list is month k since signup, observed on that month's snapshot
 * day (month 0 is the signup month itself), up to the as-of month.
 *
 * @param accounts       accounts in the cohort, at least 1
 * @param startMrr       the sum of their MRR on their first paying day, above 0
 * @param activeAccounts accounts of the cohort with MRR above 0 on each month's snapshot day
 * @param mrr            the cohort's MRR on each month's snapshot day
 */
public record CohortRow(YearMonth cohort, long accounts, BigDecimal startMrr, List<Long> activeAccounts, List<BigDecimal> mrr) {

    public CohortRow {
        requireNonNull(cohort, "cohort is null");
        requireNonNull(startMrr, "startMrr is null");
        activeAccounts = List.copyOf(activeAccounts);
        mrr = List.copyOf(mrr);
        if (accounts < 1 || startMrr.signum() <= 0) {
            throw new IllegalArgumentException("cohort " + cohort + " needs at least one account and MRR above 0, got "
                    + accounts + " accounts and MRR " + startMrr);
        }
        if (activeAccounts.size() != mrr.size()) {
            throw new IllegalArgumentException("cohort " + cohort + " has " + activeAccounts.size() + " account counts but "
                    + mrr.size() + " MRR values");
        }
    }

    /** Returns the number of months observed, from month 0 to the as-of month. */
    public int monthsObserved() {
        return mrr.size();
    }

    /** Returns the share of the cohort's accounts paying in month {@code monthsSinceSignup}. */
    public double logoRetention(int monthsSinceSignup) {
        return (double) activeAccounts.get(monthsSinceSignup) / accounts;
    }

    /** Returns the cohort's MRR in month {@code monthsSinceSignup} divided by its MRR on the first paying days. */
    public double revenueRetention(int monthsSinceSignup) {
        return mrr.get(monthsSinceSignup).divide(startMrr, MathContext.DECIMAL64).doubleValue();
    }
}
