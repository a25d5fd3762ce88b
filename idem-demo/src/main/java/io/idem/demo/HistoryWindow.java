package io.idem.demo;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The calendar months of the generated history as epoch days. Month 0 starts on the spec's
 * history start; the last month ends on the as-of date, which may cut it short.
 */
final class HistoryWindow {

    private final int[] monthStarts;
    private final int[] monthEnds;
    private final int[] monthLengths;
    private final int firstDay;
    private final int asOfDay;

    HistoryWindow(DemoSpec spec) {
        int months = spec.months();
        monthStarts = new int[months];
        monthEnds = new int[months];
        monthLengths = new int[months];
        YearMonth month = YearMonth.from(spec.historyStart());
        for (int m = 0; m < months; m++) {
            monthStarts[m] = (int) month.atDay(1).toEpochDay();
            monthEnds[m] = (int) Math.min(month.atEndOfMonth().toEpochDay(), spec.asOf().toEpochDay());
            monthLengths[m] = month.lengthOfMonth();
            month = month.plusMonths(1);
        }
        firstDay = monthStarts[0];
        asOfDay = (int) spec.asOf().toEpochDay();
    }

    int months() {
        return monthStarts.length;
    }

    int firstDay() {
        return firstDay;
    }

    int asOfDay() {
        return asOfDay;
    }

    int monthStart(int month) {
        return monthStarts[month];
    }

    /** Returns the month's last day, or the as-of date in a partial last month. */
    int monthEnd(int month) {
        return monthEnds[month];
    }

    /** Returns the full calendar length of the month, also for a partial last month. */
    int monthLength(int month) {
        return monthLengths[month];
    }

    /** Returns the month index of an epoch day inside the window. */
    int monthOf(int epochDay) {
        if (epochDay < firstDay || epochDay > asOfDay) {
            throw new IllegalArgumentException("day " + LocalDate.ofEpochDay(epochDay) + " is outside the history "
                    + LocalDate.ofEpochDay(firstDay) + " to " + LocalDate.ofEpochDay(asOfDay));
        }
        int month = (epochDay - firstDay) / 31;
        while (monthEnds[month] < epochDay) {
            month++;
        }
        return month;
    }

    /** Returns {@code day} plus whole months, with the day of month clamped as {@link LocalDate#plusMonths} does. */
    static int plusMonths(int epochDay, int months) {
        return (int) LocalDate.ofEpochDay(epochDay).plusMonths(months).toEpochDay();
    }
}
