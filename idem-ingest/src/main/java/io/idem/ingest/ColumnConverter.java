package io.idem.ingest;

import io.idem.store.ColumnType;
import io.idem.workspace.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts the text of one column's fields to the Java value that {@link io.idem.store.BulkWriter}
 * expects for its {@link ColumnType}, and counts the explicit rules it applies. A blank field
 * (empty or white space only) is a missing value, loaded as SQL NULL. In a required column it
 * makes the row invalid. Values of other types than string are trimmed before parsing, but strings
 * are kept as they are written.
 */
final class ColumnConverter {

    private final Column column;
    private final TemporalParser temporal = new TemporalParser();
    private final MoneyParser money = new MoneyParser();

    private long timeOfDayDropped;
    private long readAsMidnight;
    private long convertedToUtc;
    private long integralDecimals;
    private long formattedMoney;

    ColumnConverter(Column column) {
        this.column = Objects.requireNonNull(column, "column is null");
    }

    Column column() {
        return column;
    }

    /** Converts the field {@code [start, end)}; returns null for a blank value in an optional column. */
    Object convert(char[] chars, int start, int end) throws InvalidValueException {
        int first = Chars.trimStart(chars, start, end);
        if (first == end) {
            if (column.required()) {
                throw new InvalidValueException("missing value in a required column");
            }
            return null;
        }
        int last = Chars.trimEnd(chars, first, end);
        return switch (column.type()) {
            case STRING -> new String(chars, start, end - start);
            case BOOLEAN -> BooleanParser.parse(chars, first, last);
            case INTEGER -> integer(chars, first, last);
            case NUMBER -> NumericParser.parseNumber(chars, first, last);
            case MONEY -> money(chars, first, last);
            case DATE -> date(chars, first, last);
            case TIMESTAMP -> timestamp(chars, first, last);
        };
    }

    private Long integer(char[] chars, int start, int end) throws InvalidValueException {
        long value = NumericParser.parseInteger(chars, start, end);
        if (NumericParser.hasDecimalPoint(chars, start, end)) {
            integralDecimals++;
        }
        return value;
    }

    private Object money(char[] chars, int start, int end) throws InvalidValueException {
        var value = money.parse(chars, start, end);
        if (money.formatted()) {
            formattedMoney++;
        }
        return value;
    }

    private Object date(char[] chars, int start, int end) throws InvalidValueException {
        var value = temporal.parseDate(chars, start, end);
        if (temporal.timeOfDayDropped()) {
            timeOfDayDropped++;
        }
        return value;
    }

    private Object timestamp(char[] chars, int start, int end) throws InvalidValueException {
        var value = temporal.parseTimestamp(chars, start, end);
        if (temporal.readAsMidnight()) {
            readAsMidnight++;
        }
        if (temporal.convertedToUtc()) {
            convertedToUtc++;
        }
        return value;
    }

    /** Returns the rules this column applied so far, each with its count of values. */
    List<RuleWarning> warnings() {
        List<RuleWarning> warnings = new ArrayList<>();
        add(warnings, ImportRule.TIME_OF_DAY_DROPPED, timeOfDayDropped);
        add(warnings, ImportRule.DATE_AS_MIDNIGHT, readAsMidnight);
        add(warnings, ImportRule.OFFSET_CONVERTED_TO_UTC, convertedToUtc);
        add(warnings, ImportRule.INTEGRAL_DECIMAL_AS_INTEGER, integralDecimals);
        add(warnings, ImportRule.FORMATTED_MONEY, formattedMoney);
        return warnings;
    }

    private void add(List<RuleWarning> warnings, ImportRule rule, long count) {
        if (count > 0) {
            warnings.add(new RuleWarning(rule, column.name(), count));
        }
    }
}
