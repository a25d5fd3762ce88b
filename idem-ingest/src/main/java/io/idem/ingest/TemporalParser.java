package io.idem.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads dates and timestamps in the forms exports use: ISO date ({@code 2024-01-31}), ISO
 * date-time with {@code T} or a space, optional seconds, fraction and zone
 * ({@code 2024-01-31 10:00:00.5+02:00}), {@code yyyymmdd}, and epoch seconds (9 or 10 digits,
 * UTC). Anything else is invalid: guessing between day-first and month-first forms would load
 * wrong dates silently.
 *
 * <p>One instance serves one column, because each parse also records which rule it applied
 * ({@link #timeOfDayDropped()}, {@link #readAsMidnight()}, {@link #convertedToUtc()}).
 */
final class TemporalParser {

    private static final String FORMS = "use 2024-01-31, 2024-01-31T10:00:00 (or with a space), 20240131 or epoch seconds";
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private LocalDate date;
    private boolean hasTime;
    private int secondOfDay;
    private int nanos;
    private int offsetSeconds;

    private boolean timeOfDayDropped;
    private boolean readAsMidnight;
    private boolean convertedToUtc;

    /**
     * Parses a trimmed, non-blank range for a date column. A value with a time of day keeps the
     * calendar date as written, even when it carries a zone offset.
     */
    LocalDate parseDate(char[] chars, int start, int end) throws InvalidValueException {
        parse(chars, start, end);
        timeOfDayDropped = hasTime && (secondOfDay != 0 || nanos != 0);
        readAsMidnight = false;
        convertedToUtc = false;
        return date;
    }

    /**
     * Parses a trimmed, non-blank range for a timestamp column (no time zone). A date alone
     * becomes midnight, and a value with a zone offset is converted to UTC.
     */
    LocalDateTime parseTimestamp(char[] chars, int start, int end) throws InvalidValueException {
        parse(chars, start, end);
        timeOfDayDropped = false;
        readAsMidnight = !hasTime;
        LocalDateTime local = LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay).withNano(nanos));
        convertedToUtc = offsetSeconds != NO_OFFSET && offsetSeconds != 0;
        return convertedToUtc ? local.minusSeconds(offsetSeconds) : local;
    }

    boolean timeOfDayDropped() {
        return timeOfDayDropped;
    }

    boolean readAsMidnight() {
        return readAsMidnight;
    }

    boolean convertedToUtc() {
        return convertedToUtc;
    }

    private void parse(char[] chars, int start, int end) throws InvalidValueException {
        hasTime = false;
        secondOfDay = 0;
        nanos = 0;
        offsetSeconds = NO_OFFSET;
        int length = end - start;
        if (Chars.allDigits(chars, start, end)) {
            parseDigitsOnly(chars, start, length);
            return;
        }
        if (length < 10 || chars[start + 4] != '-' || chars[start + 7] != '-') {
            throw new InvalidValueException("not a date: " + FORMS);
        }
        date = date(Chars.digits(chars, start, 4), Chars.digits(chars, start + 5, 2), Chars.digits(chars, start + 8, 2));
        if (length > 10) {
            parseTime(chars, start + 10, end);
        }
    }

    private void parseDigitsOnly(char[] chars, int start, int length) throws InvalidValueException {
        if (length == 8) {
            date = date(Chars.digits(chars, start, 4), Chars.digits(chars, start + 4, 2), Chars.digits(chars, start + 6, 2));
            return;
        }
        if (length == 9 || length == 10) {
            long epochSeconds = 0;
            for (int i = start; i < start + length; i++) {
                epochSeconds = epochSeconds * 10 + (chars[i] - '0');
            }
            date = LocalDate.ofEpochDay(Math.floorDiv(epochSeconds, SECONDS_PER_DAY));
            secondOfDay = Math.floorMod(epochSeconds, SECONDS_PER_DAY);
            hasTime = true;
            offsetSeconds = 0;
            return;
        }
        throw new InvalidValueException("not a date: a value of digits only must be yyyymmdd (8 digits) "
                + "or epoch seconds (9 or 10 digits)");
    }

    private static LocalDate date(int year, int month, int day) throws InvalidValueException {
        if (year < 0 || month < 0 || day < 0) {
            throw new InvalidValueException("not a date: " + FORMS);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException("no such date: " + e.getMessage());
        }
    }

    /** Parses {@code THH:mm[:ss[.fraction]][ ][Z|±HH[:]mm|±HH]} starting at the separator. */
    private void parseTime(char[] chars, int i, int end) throws InvalidValueException {
        char separator = chars[i];
        if ((separator != 'T' && separator != 't' && separator != ' ') || end - i < 6 || chars[i + 3] != ':') {
            throw new InvalidValueException("not a date-time: " + FORMS);
        }
        int hour = Chars.digits(chars, i + 1, 2);
        int minute = Chars.digits(chars, i + 4, 2);
        int second = 0;
        i += 6;
        if (i < end && chars[i] == ':') {
            second = end - i >= 3 ? Chars.digits(chars, i + 1, 2) : -1;
            i += 3;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            throw new InvalidValueException("invalid time of day: hours run 00-23, minutes and seconds 00-59");
        }
        if (i < end && (chars[i] == '.' || chars[i] == ',')) {
            i = parseFraction(chars, i + 1, end);
        }
        if (i < end && chars[i] == ' ') {
            i++;
        }
        if (i < end) {
            parseOffset(chars, i, end);
        }
        hasTime = true;
        secondOfDay = hour * 3600 + minute * 60 + second;
    }

    private int parseFraction(char[] chars, int i, int end) throws InvalidValueException {
        int digits = 0;
        int value = 0;
        while (i < end && Chars.isDigit(chars[i])) {
            if (++digits > 9) {
                throw new InvalidValueException("invalid fraction of a second: at most 9 digits");
            }
            value = value * 10 + (chars[i] - '0');
            i++;
        }
        if (digits == 0) {
            throw new InvalidValueException("invalid fraction of a second: digits must follow the decimal point");
        }
        for (int k = digits; k < 9; k++) {
            value *= 10;
        }
        nanos = value;
        return i;
    }

    private void parseOffset(char[] chars, int i, int end) throws InvalidValueException {
        char sign = chars[i];
        if ((sign == 'Z' || sign == 'z') && i + 1 == end) {
            offsetSeconds = 0;
            return;
        }
        int length = end - i;
        boolean colon = length == 6 && chars[i + 3] == ':';
        boolean valid = (sign == '+' || sign == '-') && (length == 3 || length == 5 || colon);
        int hours = valid ? Chars.digits(chars, i + 1, 2) : -1;
        int minutes = valid && length > 3 ? Chars.digits(chars, colon ? i + 4 : i + 3, 2) : 0;
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            throw new InvalidValueException("invalid zone: use Z, +02:00, +0200 or +02 after the time");
        }
        int seconds = hours * 3600 + minutes * 60;
        offsetSeconds = sign == '-' ? -seconds : seconds;
    }
}
