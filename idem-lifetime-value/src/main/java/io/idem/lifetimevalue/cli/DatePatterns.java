package io.idem.lifetimevalue.cli;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Builds strict date parsers from {@link DateTimeFormatter} patterns.
 */
final class DatePatterns {

    private DatePatterns() {
    }

    /**
     * Returns a parser that rejects impossible dates such as 1997-02-30. The usual 'yyyy' (year of era) cannot
     * resolve strictly without an era, so the era defaults to AD.
     *
     * @throws IllegalArgumentException if {@code pattern} is not a valid pattern
     */
    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
