package io.idem.ingest;

/**
 * Reads integers and floating-point numbers from trimmed, non-blank char ranges without building
 * a String on the common path. Digit grouping and decimal commas are rejected in both: a value
 * such as 1,234 is ambiguous, and guessing could load a number a thousand times off.
 */
final class NumericParser {

    /** Powers of ten that a double represents exactly (10^22 is the largest). */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];
    private static final int MAX_EXACT_DIGITS = 15;

    static {
        double power = 1;
        for (int i = 0; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private NumericParser() {
    }

    /**
     * Parses an integer: optional sign and digits, optionally followed by a decimal point and zeros
     * only ({@code 12.0}), which {@link #hasDecimalPoint} lets the caller count.
     */
    static long parseInteger(char[] chars, int start, int end) throws InvalidValueException {
        int i = start;
        boolean negative = chars[i] == '-';
        if (chars[i] == '-' || chars[i] == '+') {
            i++;
        }
        int digitsStart = i;
        while (i < end && Chars.isDigit(chars[i])) {
            i++;
        }
        int digitsEnd = i;
        if (digitsEnd == digitsStart) {
            throw new InvalidValueException("not an integer");
        }
        if (i < end) {
            checkIntegralTail(chars, i, end);
        }
        return accumulate(chars, digitsStart, digitsEnd, negative);
    }

    private static void checkIntegralTail(char[] chars, int i, int end) throws InvalidValueException {
        if (chars[i] == ',') {
            throw new InvalidValueException("not an integer: digit grouping is not accepted, write the digits only");
        }
        if (chars[i] != '.') {
            throw new InvalidValueException("not an integer");
        }
        i++;
        while (i < end && chars[i] == '0') {
            i++;
        }
        if (i == end) {
            return;
        }
        throw new InvalidValueException(Chars.allDigits(chars, i, end)
                ? "not a whole number: an integer column takes no fractional part" : "not an integer");
    }

    private static long accumulate(char[] chars, int start, int end, boolean negative) throws InvalidValueException {
        // Accumulate as a negative number, like Long.parseLong, so that Long.MIN_VALUE fits.
        long value = 0;
        try {
            for (int i = start; i < end; i++) {
                value = Math.subtractExact(Math.multiplyExact(value, 10), chars[i] - '0');
            }
            return negative ? value : Math.negateExact(value);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("integer out of range: the limit is 9223372036854775807 in absolute value");
        }
    }

    static boolean hasDecimalPoint(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] == '.') {
                return true;
            }
        }
        return false;
    }

    /** Parses a plain decimal ({@code -12.5}, {@code .5}) or scientific ({@code 1.5e-3}) number. */
    static double parseNumber(char[] chars, int start, int end) throws InvalidValueException {
        int i = start;
        boolean negative = chars[i] == '-';
        if (chars[i] == '-' || chars[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int digitCount = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        for (; i < end; i++) {
            char c = chars[i];
            if (Chars.isDigit(c)) {
                digitCount++;
                if (inFraction) {
                    fractionDigits++;
                }
                if (significantDigits > 0 || c != '0') {
                    significantDigits++;
                }
                if (significantDigits <= MAX_EXACT_DIGITS) {
                    mantissa = mantissa * 10 + (c - '0');
                }
            } else if (c == '.' && !inFraction) {
                inFraction = true;
            } else {
                break;
            }
        }
        if (digitCount == 0) {
            throw new InvalidValueException(hint(chars, start, end));
        }

        if (i == end && significantDigits <= MAX_EXACT_DIGITS && fractionDigits < EXACT_POWERS_OF_TEN.length) {
            // Both operands are exact doubles, and IEEE division rounds correctly, so the result
            // equals Double.parseDouble (Clinger's fast path, "How to Read Floating Point Numbers
            // Accurately", PLDI 1990).
            double value = mantissa / EXACT_POWERS_OF_TEN[fractionDigits];
            return negative ? -value : value;
        }

        if (i < end) {
            checkExponent(chars, i, end, start);
        }
        double value = Double.parseDouble(new String(chars, start, end - start));
        if (Double.isInfinite(value)) {
            throw new InvalidValueException("number out of range for a double-precision column");
        }
        return value;
    }

    private static void checkExponent(char[] chars, int i, int end, int start) throws InvalidValueException {
        if (chars[i] != 'e' && chars[i] != 'E') {
            throw new InvalidValueException(hint(chars, start, end));
        }
        i++;
        if (i < end && (chars[i] == '+' || chars[i] == '-')) {
            i++;
        }
        if (!Chars.allDigits(chars, i, end)) {
            throw new InvalidValueException("not a number: the exponent needs digits, as in 1.5e-3");
        }
    }

    private static String hint(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] == ',') {
                return "not a number: digit grouping and decimal commas are not accepted, write 1234.5";
            }
        }
        return "not a number: write a plain decimal such as -12.5 or a scientific one such as 1.5e-3";
    }
}
