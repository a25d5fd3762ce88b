package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The months a revenue calculation covers, from the month of the earliest subscription start to
 * the month of the as-of date. Each month is observed on one snapshot day: its last day, except the
 * as-of month, which is observed on the as-of date. When the as-of date is the month's last day the
 * two agree. Otherwise the final month shows MRR as it is on the as-of date, because later days
 * of that month have not happened yet.
 *
 * @param first the first month; when {@code size} is 0 it is the month after the as-of month
 * @param size  the number of months, 0 when no subscription starts on or before the as-of date
 */
public record MonthRange(YearMonth first, int size, LocalDate asOf) {

    public MonthRange {
        requireNonNull(first, "first is null");
        requireNonNull(asOf, "asOf is null");
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more, got " + size);
        }
        YearMonth expectedLast = first.plusMonths(size - 1L);
        if (!expectedLast.equals(YearMonth.from(asOf))) {
            throw new IllegalArgumentException("a range of " + size + " months from " + first
                    + " ends in " + expectedLast + ", not in the as-of month " + YearMonth.from(asOf));
        }
    }

    /** Returns the months from the month of {@code earliestStart} to the month of {@code asOf}. */
    public static MonthRange between(LocalDate earliestStart, LocalDate asOf) {
        if (earliestStart.isAfter(asOf)) {
            throw new IllegalArgumentException("earliest start " + earliestStart + " is after the as-of date " + asOf);
        }
        YearMonth first = YearMonth.from(earliestStart);
        long size = first.until(YearMonth.from(asOf), ChronoUnit.MONTHS) + 1;
        return new MonthRange(first, Math.toIntExact(size), asOf);
    }

    /** Returns a range with no months, for a store without subscriptions up to {@code asOf}. */
    public static MonthRange empty(LocalDate asOf) {
        return new MonthRange(YearMonth.from(asOf).plusMonths(1), 0, asOf);
    }

    public YearMonth last() {
        return YearMonth.from(asOf);
    }

    public YearMonth month(int index) {
        checkIndex(index);
        return first.plusMonths(index);
    }

    /** Returns the day on which month {@code index} is observed. */
    public LocalDate snapshot(int index) {
        checkIndex(index);
        return index == size - 1 ? asOf : first.plusMonths(index).atEndOfMonth();
    }

    /** Returns the index of {@code month}; negative before the first month, {@code size} or more after the last. */
    public int indexOf(YearMonth month) {
        return Math.toIntExact(first.until(month, ChronoUnit.MONTHS));
    }

    long[] snapshotEpochDays() {
        long[] days = new long[size];
        for (int i = 0; i < size; i++) {
            days[i] = snapshot(i).toEpochDay();
        }
        return days;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("month index " + index + " is outside a range of " + size + " months");
        }
    }
}
