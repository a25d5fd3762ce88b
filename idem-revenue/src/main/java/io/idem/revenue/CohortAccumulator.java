package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the signup cohort table as a calculation streams through the accounts. An account's
 * signup is its first day with MRR above 0 in the ledger, so accounts that never paid (free trials
 * that did not convert, for example) are in no cohort.
 */
final class CohortAccumulator implements AccountRevenueListener {

    private final MonthRange months;
    private final long[] accounts;
    private final long[] startMrr;
    private final long[][] active;
    private final long[][] mrr;

    CohortAccumulator(MonthRange months) {
        this.months = requireNonNull(months, "months is null");
        int size = months.size();
        this.accounts = new long[size];
        this.startMrr = new long[size];
        this.active = new long[size][];
        this.mrr = new long[size][];
        for (int c = 0; c < size; c++) {
            active[c] = new long[size - c];
            mrr[c] = new long[size - c];
        }
    }

    @Override
    public void accept(AccountRevenue revenue) {
        AccountLedger ledger = revenue.ledger();
        if (!ledger.hasPaid()) {
            return;
        }
        int cohort = months.indexOf(YearMonth.from(LocalDate.ofEpochDay(ledger.firstPaidEpochDay())));
        accounts[cohort]++;
        startMrr[cohort] = Math.addExact(startMrr[cohort], ledger.mrrAfterUnits(0));
        for (int k = 0; k < active[cohort].length; k++) {
            long amount = revenue.mrrUnits(cohort + k);
            if (amount > 0) {
                active[cohort][k]++;
                mrr[cohort][k] = Math.addExact(mrr[cohort][k], amount);
            }
        }
    }

    /** Returns one row per month in which at least one account first paid, oldest first. */
    List<CohortRow> rows() {
        List<CohortRow> rows = new ArrayList<>();
        for (int c = 0; c < accounts.length; c++) {
            if (accounts[c] == 0) {
                continue;
            }
            List<Long> counts = new ArrayList<>(active[c].length);
            List<BigDecimal> amounts = new ArrayList<>(mrr[c].length);
            for (int k = 0; k < active[c].length; k++) {
                counts.add(active[c][k]);
                amounts.add(Money.fromUnits(mrr[c][k]));
            }
            rows.add(new CohortRow(months.month(c), accounts[c], Money.fromUnits(startMrr[c]), counts, amounts));
        }
        return rows;
    }
}
