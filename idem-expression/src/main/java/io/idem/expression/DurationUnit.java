package io.idem.expression;

import java.util.Arrays;
import java.util.Optional;

/**
 * Units of a duration literal. Months and years are left out on purpose: their length in days
 * varies, so {@code 1m} would mean different things on different dates.
 */
public enum DurationUnit {
    DAYS('d', 1),
    WEEKS('w', 7);

    private final char suffix;
    private final int days;

    DurationUnit(char suffix, int days) {
        this.suffix = suffix;
        this.days = days;
    }

    /** Returns the letter written after the amount, for example {@code d} in {@code 30d}. */
    public char suffix() {
        return suffix;
    }

    /** Returns the number of days in one unit. */
    public int days() {
        return days;
    }

    /** Finds the unit for a suffix written in lower or upper case. */
    public static Optional<DurationUnit> bySuffix(String suffix) {
        if (suffix.length() != 1) {
            return Optional.empty();
        }
        char letter = Character.toLowerCase(suffix.charAt(0));
        return Arrays.stream(values()).filter(u -> u.suffix == letter).findFirst();
    }
}
