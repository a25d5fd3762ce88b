package io.idem.pipeline.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;

/** A calendar quarter, written {@code 2017-Q1}. */
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

    private static final Comparator<YearQuarter> ORDER =
            Comparator.comparingInt(YearQuarter::year).thenComparingInt(YearQuarter::quarter);

    public YearQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is outside 1..4");
        }
    }

    /** Returns the calendar quarter that contains {@code date}. */
    public static YearQuarter of(LocalDate date) {
        return new YearQuarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
    }

    @Override
    public int compareTo(YearQuarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
