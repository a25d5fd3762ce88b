package io.idem.revenue;

import java.util.Arrays;

/**
 * One account's figures over a {@link MetricWindow}, read from its ledger: MRR on the opening and
 * closing days and the sum of each movement dated inside the window. Reused for every account.
 */
final class AccountWindow {

    private final long startDay;
    private final long endDay;
    long startMrr;
    long endMrr;
    final long[] movementSums = new long[Movement.values().length];

    AccountWindow(MetricWindow window) {
        this.startDay = window.start().toEpochDay();
        this.endDay = window.end().toEpochDay();
    }

    void load(AccountLedger ledger) {
        Arrays.fill(movementSums, 0);
        int last = ledger.lastIndexOnOrBefore(endDay);
        int first = ledger.lastIndexOnOrBefore(startDay);
        startMrr = first < 0 ? 0 : ledger.mrrAfterUnits(first);
        endMrr = last < 0 ? 0 : ledger.mrrAfterUnits(last);
        for (int i = first + 1; i <= last; i++) {
            int kind = ledger.movement(i).ordinal();
            movementSums[kind] = Math.addExact(movementSums[kind], ledger.amountUnits(i));
        }
    }
}
