package io.idem.ingest;

/** Helpers over a range {@code [start, end)} of a char array, the form in which fields reach the converters. */
final class Chars {

    private Chars() {
    }

    /** Returns whether a character counts as white space, including the no-break spaces used as digit grouping. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Returns the first index in the range that is not white space, or {@code end}. */
    static int trimStart(char[] chars, int start, int end) {
        while (start < end && isSpace(chars[start])) {
            start++;
        }
        return start;
    }

    /** Returns one past the last index in the range that is not white space, or {@code start}. */
    static int trimEnd(char[] chars, int start, int end) {
        while (end > start && isSpace(chars[end - 1])) {
            end--;
        }
        return end;
    }

    /** Returns the value of {@code count} digits starting at {@code start}, or -1 when one is not a digit. */
    static int digits(char[] chars, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = chars[i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static boolean allDigits(char[] chars, int start, int end) {
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isDigit(chars[i])) {
                return false;
            }
        }
        return true;
    }
}
