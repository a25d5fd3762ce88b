package io.idem.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One account's revenue ledger: an entry on every day its MRR changed, up to the as-of date, with
 * the movement, its amount and the MRR after it. MRR on day X is the sum of the MRR of the
 * subscriptions active on X (start &lt;= X and (no end or end &gt; X)), so it can change only on a
 * start or end date. The entries' signed amounts therefore add up to the MRR on any day.
 *
 * <p>A change from 0 to above 0 is new the first time. After that it is reactivation, unless a
 * reactivation window of W days is set and more than W days passed since the MRR fell to 0, in
 * which case it is new again. A calculation reuses one instance for every account, so a listener
 * must copy what it keeps.
 */
public final class AccountLedger {

    private final Integer reactivationWindowDays;
    private String accountId;
    private int size;
    private long[] days = new long[8];
    private long[] amounts = new long[8];
    private long[] mrrAfter = new long[8];
    private Movement[] movements = new Movement[8];
    private long[] changeDays = new long[16];
    private long[] changeAmounts = new long[16];

    AccountLedger(Integer reactivationWindowDays) {
        this.reactivationWindowDays = reactivationWindowDays;
    }

    /** Replaces the entries with those of {@code subscriptions}, keeping changes on or before {@code asOfDay}. */
    void load(String account, List<SubscriptionRow> subscriptions, long asOfDay) {
        accountId = account;
        size = 0;
        int changes = collectChanges(subscriptions, asOfDay);
        sortByDay(changes);

        long previous = 0;
        boolean paidBefore = false;
        long lastChurnDay = 0;
        int i = 0;
        while (i < changes) {
            long day = changeDays[i];
            long current = previous;
            while (i < changes && changeDays[i] == day) {
                current = Math.addExact(current, changeAmounts[i]);
                i++;
            }
            if (current == previous) {
                continue;
            }
            // Only a change from 0 can be a return, and an account that paid before has churned since.
            boolean returning = previous == 0 && paidBefore && withinWindow(day, lastChurnDay);
            append(day, Movement.between(previous, current, returning), Math.abs(current - previous), current);
            if (current == 0) {
                lastChurnDay = day;
            }
            paidBefore |= current > 0;
            previous = current;
        }
    }

    private boolean withinWindow(long day, long lastChurnDay) {
        return reactivationWindowDays == null || day - lastChurnDay <= reactivationWindowDays;
    }

    /** Fills the change arrays with +mrr on each start and -mrr on each end on or before {@code asOfDay}. */
    private int collectChanges(List<SubscriptionRow> subscriptions, long asOfDay) {
        int count = 0;
        for (SubscriptionRow subscription : subscriptions) {
            long mrr = subscription.mrrUnits();
            long start = subscription.startDate().toEpochDay();
            long end = subscription.endDate() == null ? Long.MAX_VALUE : subscription.endDate().toEpochDay();
            // A subscription that ends on or before its start is never active, and one without MRR
            // never changes the total.
            if (mrr == 0 || end <= start || start > asOfDay) {
                continue;
            }
            if (count + 2 > changeDays.length) {
                changeDays = Arrays.copyOf(changeDays, changeDays.length * 2);
                changeAmounts = Arrays.copyOf(changeAmounts, changeAmounts.length * 2);
            }
            changeDays[count] = start;
            changeAmounts[count++] = mrr;
            if (end <= asOfDay) {
                changeDays[count] = end;
                changeAmounts[count++] = -mrr;
            }
        }
        return count;
    }

    /** Insertion sort: accounts have a handful of changes, and the order of same-day changes does not matter. */
    private void sortByDay(int count) {
        for (int i = 1; i < count; i++) {
            long day = changeDays[i];
            long amount = changeAmounts[i];
            int j = i - 1;
            while (j >= 0 && changeDays[j] > day) {
                changeDays[j + 1] = changeDays[j];
                changeAmounts[j + 1] = changeAmounts[j];
                j--;
            }
            changeDays[j + 1] = day;
            changeAmounts[j + 1] = amount;
        }
    }

    private void append(long day, Movement movement, long amount, long after) {
        if (size == days.length) {
            int capacity = days.length * 2;
            days = Arrays.copyOf(days, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
            mrrAfter = Arrays.copyOf(mrrAfter, capacity);
            movements = Arrays.copyOf(movements, capacity);
        }
        days[size] = day;
        movements[size] = movement;
        amounts[size] = amount;
        mrrAfter[size] = after;
        size++;
    }

    public String accountId() {
        return accountId;
    }

    /** Returns the number of entries. */
    public int size() {
        return size;
    }

    public LocalDate date(int index) {
        return LocalDate.ofEpochDay(epochDay(index));
    }

    public Movement movement(int index) {
        return movements[Objects.checkIndex(index, size)];
    }

    /** Returns the amount the entry moved MRR by, as a non-negative magnitude with 4 decimals. */
    public BigDecimal amount(int index) {
        return Money.fromUnits(amountUnits(index));
    }

    /** Returns the account's MRR after the entry, with 4 decimals. */
    public BigDecimal mrrAfter(int index) {
        return Money.fromUnits(mrrAfterUnits(index));
    }

    /** Returns the account's MRR on {@code day}, 0 before its first entry. */
    public BigDecimal mrrOn(LocalDate day) {
        return Money.fromUnits(mrrUnitsOn(day.toEpochDay()));
    }

    long epochDay(int index) {
        return days[Objects.checkIndex(index, size)];
    }

    long amountUnits(int index) {
        return amounts[Objects.checkIndex(index, size)];
    }

    long mrrAfterUnits(int index) {
        return mrrAfter[Objects.checkIndex(index, size)];
    }

    /** Returns the MRR after the last entry on or before {@code epochDay}. */
    long mrrUnitsOn(long epochDay) {
        int last = lastIndexOnOrBefore(epochDay);
        return last < 0 ? 0 : mrrAfter[last];
    }

    /** Returns the index of the last entry dated on or before {@code epochDay}, or -1 when there is none. */
    int lastIndexOnOrBefore(long epochDay) {
        int found = Arrays.binarySearch(days, 0, size, epochDay);
        return found >= 0 ? found : -found - 2;
    }

    /**
     * Returns the days between the account's latest return on or before {@code epochDay} (a change
     * from 0 to above 0) and the churn before that return, or -1 when the account has no churn
     * followed by a return by then.
     */
    long latestReturnGapDays(long epochDay) {
        int index = lastIndexOnOrBefore(epochDay);
        while (index > 0 && !isReturn(index)) {
            index--;
        }
        if (index <= 0) {
            return -1;
        }
        // The entry before a return always brought MRR to 0, so it is the churn.
        return days[index] - days[index - 1];
    }

    private boolean isReturn(int index) {
        return index > 0 && mrrAfter[index - 1] == 0;
    }

    /** Returns whether the account had MRR above 0 on some day up to the as-of date. */
    boolean hasPaid() {
        return size > 0;
    }

    /** Returns the first day with MRR above 0; call only when {@link #hasPaid()}. */
    long firstPaidEpochDay() {
        return epochDay(0);
    }
}
