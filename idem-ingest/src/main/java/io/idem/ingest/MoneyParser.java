package io.idem.ingest;

import java.math.BigDecimal;

/**
 * Reads money amounts: plain decimals ({@code -12.50}) and the strings of invoices and exports,
 * such as {@code $1,234.50}, {@code USD 1,234.50}, {@code 1 234,50 €}, {@code 1.234,50 EUR} and
 * {@code (12.00)} for a negative amount. The result is exact: an amount with more than four
 * fractional digits is invalid rather than rounded, because the store keeps DECIMAL(18,4).
 *
 * <p>Separators: when both '.' and ',' occur, the last one is the decimal mark. A single '.' is a
 * decimal mark. A single ',' is a decimal mark unless exactly three digits follow it and no space
 * grouping is present, in which case it groups thousands ({@code $1,234} is 1234). Grouped digits
 * must come in groups of three.
 *
 * <p>One instance serves one column, because {@link #formatted()} returns whether the last value needed more
 * than plain decimal parsing, so that the caller can count the rule.
 */
final class MoneyParser {

    private static final int MAX_SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 14;
    private static final String FORMS = "not a money amount: use 1234.50, $1,234.50, USD 1,234.50, 1 234,50 € or (12.00)";

    private char[] plain = new char[32];
    private boolean formatted;

    /** Parses a trimmed, non-blank range. */
    BigDecimal parse(char[] chars, int start, int end) throws InvalidValueException {
        formatted = false;
        boolean negative = false;
        if (chars[start] == '(' || chars[end - 1] == ')') {
            if (chars[start] != '(' || chars[end - 1] != ')') {
                throw new InvalidValueException(FORMS);
            }
            negative = true;
            formatted = true;
            start = Chars.trimStart(chars, start + 1, end - 1);
            end = Chars.trimEnd(chars, start, end - 1);
        }

        int i = start;
        int sign = signAt(chars, i, end);
        i += sign == 0 ? 0 : 1;
        int prefix = currencyLength(chars, i, end);
        i = Chars.trimStart(chars, i + prefix, end);
        if (sign == 0) {
            sign = signAt(chars, i, end);
            i += sign == 0 ? 0 : 1;
        }
        int amountStart = i;
        int amountEnd = amountEnd(chars, amountStart, end);
        int suffixStart = Chars.trimStart(chars, amountEnd, end);
        int suffix = prefix == 0 ? currencyLength(chars, suffixStart, end) : 0;
        if (amountEnd == amountStart || suffixStart + suffix != end) {
            throw new InvalidValueException(FORMS);
        }
        if (negative && sign != 0) {
            throw new InvalidValueException("not a money amount: both parentheses and a sign");
        }
        formatted |= prefix > 0 || suffix > 0;
        return toDecimal(chars, amountStart, amountEnd, negative || sign < 0);
    }

    boolean formatted() {
        return formatted;
    }

    private static int signAt(char[] chars, int i, int end) {
        if (i >= end) {
            return 0;
        }
        if (chars[i] == '-') {
            return -1;
        }
        return chars[i] == '+' ? 1 : 0;
    }

    /** Returns the length of a currency symbol or three-letter code at {@code i}, or 0. */
    private static int currencyLength(char[] chars, int i, int end) {
        if (i >= end) {
            return 0;
        }
        if (Character.getType(chars[i]) == Character.CURRENCY_SYMBOL) {
            return 1;
        }
        if (end - i >= 3 && isLetter(chars[i]) && isLetter(chars[i + 1]) && isLetter(chars[i + 2])
                && (end - i == 3 || !isLetter(chars[i + 3]))) {
            return 3;
        }
        return 0;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isGroupingSpace(char c) {
        return c == '\'' || Chars.isSpace(c);
    }

    /** Returns one past the last digit of the run of digits and separators that starts at {@code start}. */
    private static int amountEnd(char[] chars, int start, int end) {
        int lastDigit = start - 1;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (Chars.isDigit(c)) {
                lastDigit = i;
            } else if (c != '.' && c != ',' && !isGroupingSpace(c)) {
                break;
            }
        }
        return lastDigit + 1;
    }

    private BigDecimal toDecimal(char[] chars, int start, int end, boolean negative) throws InvalidValueException {
        int dots = 0;
        int commas = 0;
        int spaces = 0;
        int lastDot = -1;
        int lastComma = -1;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            } else if (!Chars.isDigit(c)) {
                spaces++;
            }
        }

        int decimalMark = decimalMark(dots, commas, spaces, lastDot, lastComma, end);
        int integerEnd = decimalMark < 0 ? end : decimalMark;
        if (decimalMark >= 0 && chars[decimalMark] == ',') {
            formatted = true;
        }
        if (!Chars.allDigits(chars, start, integerEnd) && integerEnd > start) {
            checkGrouping(chars, start, integerEnd);
            formatted = true;
        }

        int fractionStart = decimalMark < 0 ? end : decimalMark + 1;
        if (fractionStart < end && !Chars.allDigits(chars, fractionStart, end)) {
            throw new InvalidValueException("not a money amount: separators after the decimal mark");
        }
        int scale = end - fractionStart;
        if (scale > MAX_SCALE) {
            throw new InvalidValueException("money has " + scale + " fractional digits; at most " + MAX_SCALE
                    + " are kept and amounts are never rounded");
        }
        return build(chars, start, integerEnd, fractionStart, end, negative);
    }

    private static int decimalMark(int dots, int commas, int spaces, int lastDot, int lastComma, int end)
            throws InvalidValueException {
        if (dots > 0 && commas > 0) {
            int mark = Math.max(lastDot, lastComma);
            if ((mark == lastDot ? dots : commas) > 1 || spaces > 0) {
                throw new InvalidValueException("not a money amount: mixed or repeated separators");
            }
            return mark;
        }
        int count = dots + commas;
        int last = dots > 0 ? lastDot : lastComma;
        if (count == 1) {
            boolean thousands = commas == 1 && spaces == 0 && end - lastComma - 1 == 3;
            return thousands ? -1 : last;
        }
        if (count > 1 && spaces > 0) {
            throw new InvalidValueException("not a money amount: mixed digit grouping");
        }
        return -1;
    }

    /** Checks digit groups: 1 to 3 digits, then groups of exactly 3, all split by the same separator. */
    private static void checkGrouping(char[] chars, int start, int end) throws InvalidValueException {
        char separator = 0;
        int groupLength = 0;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (Chars.isDigit(c)) {
                groupLength++;
                continue;
            }
            boolean badGroup = first ? groupLength < 1 || groupLength > 3 : groupLength != 3;
            if (badGroup || (separator != 0 && c != separator)) {
                throw new InvalidValueException("not a money amount: digits must be grouped by threes with one separator");
            }
            separator = c;
            first = false;
            groupLength = 0;
        }
        if (groupLength != 3) {
            throw new InvalidValueException("not a money amount: digits must be grouped by threes with one separator");
        }
    }

    private BigDecimal build(char[] chars, int start, int integerEnd, int fractionStart, int end, boolean negative)
            throws InvalidValueException {
        int length = 0;
        ensureCapacity(end - start + 3);
        if (negative) {
            plain[length++] = '-';
        }
        int integerDigits = 0;
        for (int i = start; i < integerEnd; i++) {
            char c = chars[i];
            if (Chars.isDigit(c) && (integerDigits > 0 || c != '0')) {
                plain[length++] = c;
                integerDigits++;
            }
        }
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("money out of range: at most " + MAX_INTEGER_DIGITS + " digits before the decimal mark");
        }
        if (integerDigits == 0) {
            plain[length++] = '0';
        }
        if (fractionStart < end) {
            plain[length++] = '.';
            for (int i = fractionStart; i < end; i++) {
                plain[length++] = chars[i];
            }
        }
        return new BigDecimal(plain, 0, length);
    }

    private void ensureCapacity(int capacity) {
        if (plain.length < capacity) {
            plain = new char[capacity];
        }
    }
}
