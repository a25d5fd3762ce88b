package io.idem.revenue;

import io.idem.workspace.Benchmark;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, as a calculation streams through the accounts, NRR and GRR over the 12 months ending at
 * each of the last 12 months up to the as-of month, so the trend costs no second pass. A month is
 * left out when the history contains fewer than 12 months before it. Each month's end is its snapshot
 * day (the as-of date for the as-of month), so the last point equals the summary's NRR and GRR.
 */
public final class RetentionTrend implements AccountRevenueListener {

    /** The number of months the trend covers, and the span of each retention ratio. */
    static final int MONTHS = 12;

    private MonthRange months;
    private final long[] accounts = new long[MONTHS];
    private final long[] startMrr = new long[MONTHS];
    private final long[] endMrr = new long[MONTHS];
    private final long[] endMrrCapped = new long[MONTHS];

    @Override
    public void accept(AccountRevenue account) {
        if (months == null) {
            months = account.months();
        } else if (!months.equals(account.months())) {
            throw new IllegalStateException("retention trend got accounts over " + account.months() + " after " + months
                    + "; use one trend per calculation");
        }

        for (int point = 0; point < MONTHS; point++) {
            int end = endIndex(point);
            int start = end - MONTHS;
            if (start < 0) {
                continue;
            }
            long opening = account.mrrUnits(start);
            if (opening > 0) {
                long closing = account.mrrUnits(end);
                accounts[point]++;
                startMrr[point] = Math.addExact(startMrr[point], opening);
                endMrr[point] = Math.addExact(endMrr[point], closing);
                endMrrCapped[point] = Math.addExact(endMrrCapped[point], Math.min(opening, closing));
            }
        }
    }

    /**
     * Returns the trend, oldest month first, once every account of the calculation that produced
     * {@code result} has passed through. Expansion share comes from the result's month-end movements.
     * The targets are the summary's, so they are the same for every month.
     */
    public List<RetentionTrendPoint> points(RevenueResult result) {
        MonthRange range = result.months();
        if (months != null && !months.equals(range)) {
            throw new IllegalArgumentException("result covers " + range + " but the trend collected " + months);
        }
        months = range;

        Benchmark share = result.summary().settings().expansionShare();
        double nrrTarget = result.summary().nrrBenchmark().target();
        double grrTarget = result.summary().grrBenchmark().target();
        List<RetentionTrendPoint> points = new ArrayList<>();
        for (int point = 0; point < MONTHS; point++) {
            int end = endIndex(point);
            if (end - MONTHS < 0) {
                continue;
            }
            Double nrr = accounts[point] == 0 ? null : Money.ratio(endMrr[point], startMrr[point]);
            Double grr = accounts[point] == 0 ? null : Money.ratio(endMrrCapped[point], startMrr[point]);
            points.add(new RetentionTrendPoint(range.month(end), nrr, grr, expansionShare(result.monthly(), end), nrrTarget,
                    grrTarget, share.target()));
        }
        return points;
    }

    /** Returns the index, in the month range, of the month that trend point {@code point} ends at. */
    private int endIndex(int point) {
        return months.size() - MONTHS + point;
    }

    /** Sums the month-end movements into the 12 months ending at {@code end}, as the summary's expansion share does. */
    private static Double expansionShare(List<MonthlyMovements> monthly, int end) {
        long expansion = 0;
        long added = 0;
        for (int i = end - MONTHS + 1; i <= end; i++) {
            MonthlyMovements month = monthly.get(i);
            long monthExpansion = Money.toUnits(month.expansion());
            expansion = Math.addExact(expansion, monthExpansion);
            added = Math.addExact(added, Math.addExact(Math.addExact(Money.toUnits(month.newMrr()), monthExpansion),
                    Money.toUnits(month.reactivation())));
        }
        return added == 0 ? null : Money.ratio(expansion, added);
    }
}
