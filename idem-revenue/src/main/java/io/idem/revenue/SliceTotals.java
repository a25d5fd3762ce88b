package io.idem.revenue;

/**
 * Sums of {@link AccountWindow} figures over the accounts of one slice: the inputs of every
 * metric in {@link SliceMetrics}, kept as exact scaled longs (see {@link Money}).
 */
final class SliceTotals {

    long payingAtStart;
    long payingAtEnd;
    long startMrr;
    long endMrr;
    /** MRR on the closing day of the accounts paying on the opening day, the numerator of NRR. */
    long retainedEndMrr;
    /** The same, each account capped at its opening MRR, the numerator of GRR. */
    long retainedEndMrrCapped;
    final long[] movementSums = new long[Movement.values().length];

    void add(AccountWindow account) {
        if (account.startMrr > 0) {
            payingAtStart++;
            startMrr = Math.addExact(startMrr, account.startMrr);
            retainedEndMrr = Math.addExact(retainedEndMrr, account.endMrr);
            retainedEndMrrCapped = Math.addExact(retainedEndMrrCapped, Math.min(account.startMrr, account.endMrr));
        }
        if (account.endMrr > 0) {
            payingAtEnd++;
            endMrr = Math.addExact(endMrr, account.endMrr);
        }
        for (int i = 0; i < movementSums.length; i++) {
            movementSums[i] = Math.addExact(movementSums[i], account.movementSums[i]);
        }
    }

    long movement(Movement movement) {
        return movementSums[movement.ordinal()];
    }
}
