package io.idem.design.health;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One RFC 4180 line of a run output: a field with a comma, quote or line break is quoted. Numbers
 * use the conventions of the other run outputs: whole numbers without decimals, others with 4, and
 * null, NaN and infinities as an empty field.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** Returns the fields formatted, escaped and joined by commas, without the line break. */
    public static String of(List<?> fields) {
        return fields.stream().map(CsvLine::format).map(CsvLine::escape).collect(Collectors.joining(","));
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return "";
            }
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf(number.longValue())
                    : String.format(Locale.ROOT, "%.4f", number);
        }
        return value.toString();
    }

    static String escape(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
