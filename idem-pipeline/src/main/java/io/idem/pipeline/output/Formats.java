package io.idem.pipeline.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number formats of the output files: rates with 4 decimals, days and money with 2, blank when undefined. */
final class Formats {

    private Formats() {
    }

    static String rate(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.4f", rate.getAsDouble()) : "";
    }

    static String days(OptionalDouble days) {
        return days.isPresent() ? String.format(Locale.ROOT, "%.2f", days.getAsDouble()) : "";
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Returns a money amount rounded to cents for JSON, so the JSON and CSV files agree. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Returns a rate rounded to 4 decimals for JSON, or null when undefined. */
    static Double rounded(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(value.getAsDouble()).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
