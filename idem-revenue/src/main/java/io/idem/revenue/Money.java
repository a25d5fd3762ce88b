package io.idem.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Money as scaled longs. One unit is 1/10,000 of the currency, the scale of the store's money
 * columns (DECIMAL(18,4)), so sums stay exact and a month of a million accounts costs one long
 * per account. Output rounds to cents with banker's rounding.
 */
final class Money {

    static final int SCALE = 4;
    static final int OUTPUT_SCALE = 2;
    /** Decimals of ratios in CSV files. */
    static final int RATIO_SCALE = 6;

    private Money() {
    }

    /**
     * Converts an amount to units, rounding to 4 decimals half-even, which changes only amounts read
     * from a floating-point column.
     *
     * @throws ArithmeticException when the amount does not fit in a long number of units
     */
    static long toUnits(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    static BigDecimal fromUnits(long units) {
        return BigDecimal.valueOf(units, SCALE);
    }

    /** Rounds to cents for files and reports. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(OUTPUT_SCALE, RoundingMode.HALF_EVEN);
    }

    static String centsText(long units) {
        return cents(fromUnits(units)).toPlainString();
    }

    /**
     * Appends {@code units} rounded half-even to cents, as {@link #centsText(long)} writes it, without
     * creating a BigDecimal: the ledger file writes two amounts per entry for millions of entries.
     */
    static void appendCents(StringBuilder out, long units) {
        if (units < 0) {
            out.append('-');
        }
        long magnitude = Math.absExact(units);
        long cents = magnitude / 100;
        long rest = magnitude % 100;
        if (rest > 50 || (rest == 50 && (cents & 1) == 1)) {
            cents++;
        }
        if (cents == 0 && units < 0) {
            // -0.004 rounds to 0.00, which BigDecimal writes without a sign.
            out.setLength(out.length() - 1);
        }
        out.append(cents / 100).append('.');
        long fraction = cents % 100;
        if (fraction < 10) {
            out.append('0');
        }
        out.append(fraction);
    }

    /** Rounds a ratio half-even to {@link #RATIO_SCALE} decimals for files. */
    static String ratioText(BigDecimal ratio) {
        return ratio.setScale(RATIO_SCALE, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Returns {@code numerator / denominator} as a double, exact to double precision for any long amounts. */
    static double ratio(long numerator, long denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }
}
