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

    /** Returns {@code numerator / denominator} as a double, exact to double precision for any long amounts. */
    static double ratio(long numerator, long denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }
}
