package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One account's MRR on each month's snapshot day, its movement into each month, its daily
 * {@link AccountLedger} and its values of the requested account dimensions. A calculation reuses one
 * instance for every account, so a listener must copy what it keeps.
 */
public final class AccountRevenue {

    private static final String[] NO_VALUES = new String[0];

    private final MonthRange months;
    private final long[] snapshotDays;
    private final long[] mrr;
    private final Movement[] movements;
    private final Integer reactivationWindowDays;
    private final AccountLedger ledger;
    private String accountId;
    private String[] dimensionValues = NO_VALUES;

    AccountRevenue(MonthRange months) {
        this(months, null);
    }

    AccountRevenue(MonthRange months, Integer reactivationWindowDays) {
        this.months = requireNonNull(months, "months is null");
        this.snapshotDays = months.snapshotEpochDays();
        this.mrr = new long[months.size()];
        this.movements = new Movement[months.size()];
        this.reactivationWindowDays = reactivationWindowDays;
        this.ledger = new AccountLedger(reactivationWindowDays);
    }

    /** Replaces the contents with the account's monthly MRR, movements and ledger computed from its subscriptions. */
    void load(String account, List<SubscriptionRow> subscriptions) {
        load(account, subscriptions, NO_VALUES);
    }

    /** Loads as {@link #load(String, List)} does and keeps {@code values} (not copied) as the account's dimension values. */
    void load(String account, List<SubscriptionRow> subscriptions, String[] values) {
        accountId = account;
        dimensionValues = values;
        ledger.load(account, subscriptions, months.asOf().toEpochDay());
        fillMrr(subscriptions);
        fillMovements();
    }

    private void fillMrr(List<SubscriptionRow> subscriptions) {
        // A subscription adds its MRR to the contiguous run of snapshot days on which it is active:
        // from the first snapshot on or after its start to the last snapshot before its end. Adding
        // at the run's start and subtracting after its end, then summing, costs one pass per account.
        long[] change = new long[mrr.length + 1];
        for (SubscriptionRow subscription : subscriptions) {
            int from = firstSnapshotOnOrAfter(subscription.startDate().toEpochDay());
            int to = subscription.endDate() == null ? mrr.length : firstSnapshotOnOrAfter(subscription.endDate().toEpochDay());
            if (from < to) {
                change[from] = Math.addExact(change[from], subscription.mrrUnits());
                change[to] = Math.subtractExact(change[to], subscription.mrrUnits());
            }
        }
        long running = 0;
        for (int i = 0; i < mrr.length; i++) {
            running = Math.addExact(running, change[i]);
            mrr[i] = running;
        }
    }

    private int firstSnapshotOnOrAfter(long epochDay) {
        int found = Arrays.binarySearch(snapshotDays, epochDay);
        return found >= 0 ? found : -found - 1;
    }

    private void fillMovements() {
        // The month before the first month is a zero baseline, so MRR in the first month is new.
        boolean payingBefore = false;
        long previous = 0;
        for (int i = 0; i < mrr.length; i++) {
            boolean returning = payingBefore && (previous != 0 || withinWindow(i));
            movements[i] = Movement.between(previous, mrr[i], returning);
            payingBefore |= mrr[i] > 0;
            previous = mrr[i];
        }
    }

    /**
     * Returns whether the account's return into month {@code index} came within the reactivation
     * window: the days from its latest churn to its latest return on or before the snapshot day,
     * both taken from the daily ledger.
     */
    private boolean withinWindow(int index) {
        if (reactivationWindowDays == null) {
            return true;
        }
        long gap = ledger.latestReturnGapDays(snapshotDays[index]);
        return gap >= 0 && gap <= reactivationWindowDays;
    }

    public String accountId() {
        return accountId;
    }

    public MonthRange months() {
        return months;
    }

    /** Returns the account's daily ledger up to the as-of date. */
    public AccountLedger ledger() {
        return ledger;
    }

    /**
     * Returns the account's value of dimension {@code index}, in the order the calculation was
     * given them, or null when the value is blank or the account is not in the accounts table.
     */
    public String dimensionValue(int index) {
        return dimensionValues[Objects.checkIndex(index, dimensionValues.length)];
    }

    /** Returns the MRR on the snapshot day of month {@code index}, with 4 decimals. */
    public BigDecimal mrr(int index) {
        return Money.fromUnits(mrrUnits(index));
    }

    /** Returns the movement from the previous month into month {@code index}, or null when MRR did not change. */
    public Movement movement(int index) {
        return movements[Objects.checkIndex(index, movements.length)];
    }

    long mrrUnits(int index) {
        return mrr[Objects.checkIndex(index, mrr.length)];
    }

    /** Returns the MRR amount a movement into month {@code index} moved, as a non-negative magnitude. */
    long movementUnits(int index) {
        long previous = index == 0 ? 0 : mrr[index - 1];
        return Math.abs(mrr[index] - previous);
    }
}
