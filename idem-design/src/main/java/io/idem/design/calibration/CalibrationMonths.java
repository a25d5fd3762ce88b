package io.idem.design.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The month ends a calibration can use: those whose outcome window ends on or before the as-of date. */
public final class CalibrationMonths {

    private CalibrationMonths() {
    }

    /**
     * Returns the month ends from {@code first} on, oldest first, whose window of {@code horizonDays}
     * ends on or before {@code asOf}; empty when there is none.
     */
    public static List<LocalDate> between(YearMonth first, LocalDate asOf, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
        }
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = first; !month.atEndOfMonth().plusDays(horizonDays).isAfter(asOf); month = month.plusMonths(1)) {
            ends.add(month.atEndOfMonth());
        }
        return ends;
    }
}
