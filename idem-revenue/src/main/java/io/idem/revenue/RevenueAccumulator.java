package io.idem.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sums accounts' monthly MRR and movements into monthly totals, and the start and end MRR of the
 * accounts that NRR and GRR follow, one account at a time.
 */
final class RevenueAccumulator {

    /** NRR and GRR compare the as-of month with the month 12 months earlier. */
    private static final int RETENTION_MONTHS = 12;

    private final MonthRange months;
    private final Map<Movement, long[]> movementTotals = new EnumMap<>(Movement.class);
    private final long[] mrrTotals;
    private final int retentionStart;
    private long accounts;
    private long payingAccounts;
    private long retainedAccounts;
    private long retentionStartMrr;
    private long retentionEndMrr;
    private long retentionEndMrrCapped;

    RevenueAccumulator(MonthRange months) {
        this.months = months;
        for (Movement movement : Movement.values()) {
            movementTotals.put(movement, new long[months.size()]);
        }
        this.mrrTotals = new long[months.size()];
        this.retentionStart = months.size() - 1 - RETENTION_MONTHS;
    }

    void add(AccountRevenue account) {
        accounts++;
        if (months.size() > 0 && account.mrrUnits(months.size() - 1) > 0) {
            payingAccounts++;
        }
        for (int i = 0; i < months.size(); i++) {
            mrrTotals[i] = Math.addExact(mrrTotals[i], account.mrrUnits(i));
            Movement movement = account.movement(i);
            if (movement != null) {
                long[] totals = movementTotals.get(movement);
                totals[i] = Math.addExact(totals[i], account.movementUnits(i));
            }
        }

        // Before the first month no subscription had started, so an index below 0 means no account
        // paid 12 months before the as-of month.
        if (retentionStart >= 0 && account.mrrUnits(retentionStart) > 0) {
            long start = account.mrrUnits(retentionStart);
            long end = account.mrrUnits(months.size() - 1);
            retainedAccounts++;
            retentionStartMrr = Math.addExact(retentionStartMrr, start);
            retentionEndMrr = Math.addExact(retentionEndMrr, end);
            retentionEndMrrCapped = Math.addExact(retentionEndMrrCapped, Math.min(start, end));
        }
    }

    RevenueResult result(RevenueSettings settings) {
        List<MonthlyMovements> monthly = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            monthly.add(new MonthlyMovements(months.month(i), total(Movement.NEW, i), total(Movement.EXPANSION, i),
                    total(Movement.CONTRACTION, i), total(Movement.CHURN, i), total(Movement.REACTIVATION, i),
                    Money.fromUnits(mrrTotals[i])));
        }

        long mrrUnits = months.size() == 0 ? 0 : mrrTotals[months.size() - 1];
        BigDecimal mrr = Money.fromUnits(mrrUnits);
        YearMonth asOfMonth = months.last();
        BigDecimal arr = mrr.multiply(BigDecimal.valueOf(12));
        // The survey medians NRR and GRR are compared with depend on the contract size: here the
        // book's ARR per paying account.
        BigDecimal annualContractValue = payingAccounts == 0 ? null
                : arr.divide(BigDecimal.valueOf(payingAccounts), Money.SCALE, RoundingMode.HALF_EVEN);
        RevenueSummary summary = new RevenueSummary(months.asOf(), mrr, arr,
                retention(retentionEndMrr), retention(retentionEndMrrCapped),
                expansionShare(asOfMonth.minusMonths(RETENTION_MONTHS - 1L)),
                expansionShare(months.size() == 0 ? asOfMonth : months.first()), settings,
                settings.benchmarks().nrr(annualContractValue), settings.benchmarks().grr(annualContractValue));
        return new RevenueResult(months, monthly, summary, accounts);
    }

    private BigDecimal total(Movement movement, int index) {
        return Money.fromUnits(movementTotals.get(movement)[index]);
    }

    private RetentionRatio retention(long endMrr) {
        YearMonth end = months.last();
        YearMonth start = end.minusMonths(RETENTION_MONTHS);
        if (retainedAccounts == 0) {
            return new RetentionRatio(null, start, end, 0, BigDecimal.ZERO.setScale(Money.SCALE), Money.fromUnits(endMrr),
                    "no account had MRR above 0 at the end of " + start);
        }
        return new RetentionRatio(Money.ratio(endMrr, retentionStartMrr), start, end, retainedAccounts,
                Money.fromUnits(retentionStartMrr), Money.fromUnits(endMrr), null);
    }

    /** Sums movements into the months from {@code startMonth} to the as-of month; months before the range add nothing. */
    private ExpansionShare expansionShare(YearMonth startMonth) {
        int from = Math.max(0, months.indexOf(startMonth));
        long newMrr = sum(Movement.NEW, from);
        long expansion = sum(Movement.EXPANSION, from);
        long reactivation = sum(Movement.REACTIVATION, from);
        long denominator = Math.addExact(Math.addExact(newMrr, expansion), reactivation);
        YearMonth end = months.last();
        if (denominator == 0) {
            return new ExpansionShare(null, startMonth, end, Money.fromUnits(newMrr), Money.fromUnits(expansion),
                    Money.fromUnits(reactivation), "no new, expansion or reactivation MRR from " + startMonth + " to " + end);
        }
        return new ExpansionShare(Money.ratio(expansion, denominator), startMonth, end, Money.fromUnits(newMrr),
                Money.fromUnits(expansion), Money.fromUnits(reactivation), null);
    }

    private long sum(Movement movement, int from) {
        long[] totals = movementTotals.get(movement);
        long sum = 0;
        for (int i = from; i < totals.length; i++) {
            sum = Math.addExact(sum, totals[i]);
        }
        return sum;
    }
}
