package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.store.ColumnType;
import io.idem.workspace.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnConverterTest {

    private static ColumnConverter converter(ColumnType type) {
        return converter(type, false);
    }

    private static ColumnConverter converter(ColumnType type, boolean required) {
        return new ColumnConverter(new Column("value", "value", type, required, null));
    }

    /** Converts the text placed in the middle of a larger array, as the parser hands fields over. */
    private static Object convert(ColumnConverter converter, String text) throws InvalidValueException {
        char[] chars = ("##" + text + "##").toCharArray();
        return converter.convert(chars, 2, 2 + text.length());
    }

    private static Object convert(ColumnType type, String text) throws InvalidValueException {
        return convert(converter(type), text);
    }

    private static String reason(ColumnType type, String text) {
        try {
            return "accepted as " + convert(type, text);
        } catch (InvalidValueException e) {
            return e.reason();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "True|true", "False|false", "TRUE|true", "true|true", "false|false", "yes|true", "No|false",
        "y|true", "N|false", "t|true", "F|false", "1|true", "0|false", " True |true"})
    void readsBooleanSpellings(String text, boolean expected) throws InvalidValueException {
        assertThat(convert(ColumnType.BOOLEAN, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "on", "off", "truee", "nope", "-1"})
    void rejectsOtherBooleans(String text) {
        assertThat(reason(ColumnType.BOOLEAN, text)).startsWith("not a boolean");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-31|2024-01-31", "20240131|2024-01-31", "2024-01-31T10:00:00|2024-01-31",
        "2024-01-31 23:59:59.123|2024-01-31", "2024-01-31T23:30:00-05:00|2024-01-31", "2024-01-31T00:00:00Z|2024-01-31",
        "1706659200|2024-01-31", "1706695200|2024-01-31", "999999999|2001-09-09", "2024-02-29|2024-02-29"})
    void readsDates(String text, LocalDate expected) throws InvalidValueException {
        assertThat(convert(ColumnType.DATE, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/01/2024|not a date", "01-31-2024|not a date", "2024-1-31|not a date", "2023-02-29|no such date",
        "2024-13-01|no such date", "12345|not a date: a value of digits only", "12345678901|not a date: a value of digits only",
        "2024-01-31T25:00:00|invalid time of day", "2024-01-31T10|not a date-time", "2024-01-31X10:00:00|not a date-time",
        "2024-01-31T10:00:00+25:00|invalid zone", "2024-01-31T10:00:00 UTC|invalid zone", "Jan 31 2024|not a date"})
    void rejectsOtherDates(String text, String reason) {
        assertThat(reason(ColumnType.DATE, text)).startsWith(reason);
    }

    @Test
    void countsDatesWhoseTimeOfDayWasDropped() throws InvalidValueException {
        ColumnConverter dates = converter(ColumnType.DATE);

        convert(dates, "2024-01-31");
        convert(dates, "2024-01-31T00:00:00");
        convert(dates, "2024-01-31T10:00:00");
        convert(dates, "1706695200");
        convert(dates, "1706659200");

        assertThat(dates.warnings()).containsExactly(new RuleWarning(ImportRule.TIME_OF_DAY_DROPPED, "value", 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-31T10:00:00|2024-01-31T10:00", "2024-01-31 10:00:00|2024-01-31T10:00", "2024-01-31 10:00|2024-01-31T10:00",
        "2024-01-31T10:00:00.5|2024-01-31T10:00:00.500", "2024-01-31T10:00:00,123456789|2024-01-31T10:00:00.123456789",
        "2024-01-31T10:00:00Z|2024-01-31T10:00", "2024-01-31T10:00:00+02:00|2024-01-31T08:00",
        "2024-01-31T23:00:00-0230|2024-02-01T01:30", "2024-01-31 10:00:00 +01|2024-01-31T09:00",
        "2024-01-31|2024-01-31T00:00", "20240131|2024-01-31T00:00", "1706695200|2024-01-31T10:00"})
    void readsTimestamps(String text, LocalDateTime expected) throws InvalidValueException {
        assertThat(convert(ColumnType.TIMESTAMP, text)).isEqualTo(expected);
    }

    @Test
    void countsMidnightDatesAndZoneConversions() throws InvalidValueException {
        ColumnConverter timestamps = converter(ColumnType.TIMESTAMP);

        convert(timestamps, "2024-01-31");
        convert(timestamps, "2024-02-01");
        convert(timestamps, "2024-01-31T10:00:00");
        convert(timestamps, "2024-01-31T10:00:00Z");
        convert(timestamps, "2024-01-31T10:00:00+01:00");

        assertThat(timestamps.warnings()).containsExactly(
                new RuleWarning(ImportRule.DATE_AS_MIDNIGHT, "value", 2),
                new RuleWarning(ImportRule.OFFSET_CONVERTED_TO_UTC, "value", 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12", "-12|-12", "+7|7", "0|0", "12.0|12", "12.000|12", "-3.0|-3", " 42 |42",
        "9223372036854775807|9223372036854775807", "-9223372036854775808|-9223372036854775808"})
    void readsIntegers(String text, long expected) throws InvalidValueException {
        assertThat(convert(ColumnType.INTEGER, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.5|not a whole number", "1,234|not an integer: digit grouping", "1e3|not an integer", "abc|not an integer",
        "9223372036854775808|integer out of range", "1 000|not an integer", "-|not an integer", "12.0x|not an integer"})
    void rejectsOtherIntegers(String text, String reason) {
        assertThat(reason(ColumnType.INTEGER, text)).startsWith(reason);
    }

    @Test
    void countsIntegralDecimals() throws InvalidValueException {
        ColumnConverter integers = converter(ColumnType.INTEGER);

        convert(integers, "12");
        convert(integers, "12.0");

        assertThat(integers.warnings()).containsExactly(new RuleWarning(ImportRule.INTEGRAL_DECIMAL_AS_INTEGER, "value", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"27.0", "-0.5", ".5", "5.", "1e3", "1.5E-3", "-2.5e+10", "0.1", "123456789012345678", "3.141592653589793238",
        "1e-320", "0.000000000000000000000001", "4.35", "9007199254740993"})
    void readsNumbersLikeDoubleParseDouble(String text) throws InvalidValueException {
        assertThat(convert(ColumnType.NUMBER, text)).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,5|not a number: digit grouping", "1,234.5|not a number: digit grouping", "NaN|not a number", "Infinity|not a number",
        "0x10|not a number", "1e|not a number: the exponent", "1.2.3|not a number", "1e400|number out of range", "12d|not a number"})
    void rejectsOtherNumbers(String text, String reason) {
        assertThat(reason(ColumnType.NUMBER, text)).startsWith(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.50|1234.50", "-12.00|-12.00", "2786|2786", "$1,234.50|1234.50", "USD 1,234.50|1234.50", "1 234,50 €|1234.50",
        "1.234,50 EUR|1234.50", "(12.00)|-12.00", "($1,000)|-1000", "-$12.00|-12.00", "$-12.00|-12.00", "€12,5|12.5",
        "1,234|1234", "12,3456|12.3456", "1'234.50|1234.50", "1,234,567.8912|1234567.8912", "1.234.567|1234567",
        "99999999999999.9999|99999999999999.9999", "0.5 usd|0.5", ".5|0.5", "£7|7", "1\u00A0234,50|1234.50"})
    void readsMoneyExactly(String text, BigDecimal expected) throws InvalidValueException {
        assertThat(convert(ColumnType.MONEY, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.34567|money has 5 fractional digits", "1,234.56789|money has 5 fractional digits",
        "100000000000000|money out of range", "1e5|not a money amount", "12 34|not a money amount: digits must be grouped",
        "1,23,456|not a money amount: digits must be grouped", "1.234.56|not a money amount: digits must be grouped",
        "(-12)|not a money amount: both parentheses and a sign", "(12|not a money amount", "USD|not a money amount",
        "$ $12|not a money amount", "1.2,3.4|not a money amount: mixed", "abc|not a money amount"})
    void rejectsOtherMoney(String text, String reason) {
        assertThat(reason(ColumnType.MONEY, text)).startsWith(reason);
    }

    @Test
    void countsFormattedMoneyOnly() throws InvalidValueException {
        ColumnConverter money = converter(ColumnType.MONEY);

        convert(money, "12.50");
        convert(money, "-3");
        convert(money, "$1,234.50");
        convert(money, "(12.00)");
        convert(money, "12,50");

        assertThat(money.warnings()).containsExactly(new RuleWarning(ImportRule.FORMATTED_MONEY, "value", 3));
    }

    @Test
    void keepsStringsAsWritten() throws InvalidValueException {
        assertThat(convert(ColumnType.STRING, "  padded ")).isEqualTo("  padded ");
        assertThat(convert(ColumnType.STRING, "")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", " \u00A0 "})
    void blankIsMissingForEveryType(String text) throws InvalidValueException {
        for (ColumnType type : ColumnType.values()) {
            assertThat(convert(type, text)).as(type.configName()).isNull();
        }
    }

    @Test
    void blankInRequiredColumnIsInvalid() {
        for (ColumnType type : ColumnType.values()) {
            assertThatThrownBy(() -> convert(converter(type, true), "  "))
                    .as(type.configName())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("missing value in a required column");
        }
    }
}
