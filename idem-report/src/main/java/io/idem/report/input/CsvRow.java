package io.idem.report.input;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One data row of a {@link CsvTable}, with typed accessors whose errors name the file, line,
 * column, value and the expected form.
 *
 * @param file the file's path relative to the output folder
 * @param line the 1-based line of the row in the file
 * @param values the fields by header name, in header order
 */
public record CsvRow(String file, long line, Map<String, String> values) {

    public CsvRow {
        requireNonNull(file, "file is null");
        values = Map.copyOf(values);
    }

    /** Returns the field as written; empty when the field is empty. */
    public String text(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException(file + " has no column '" + column + "'; add it to the required columns when reading");
        }
        return value;
    }

    /** Returns the field as a finite number. */
    public double number(String column) throws ReportInputException {
        String value = text(column).strip();
        OptionalDouble parsed = parse(value);
        if (parsed.isEmpty()) {
            throw invalid(column, value, "a number such as 1234.50");
        }
        return parsed.getAsDouble();
    }

    /** Returns the field as a finite non-negative number, for counts and movement magnitudes. */
    public double nonNegative(String column) throws ReportInputException {
        double value = number(column);
        if (value < 0) {
            throw invalid(column, text(column), "a number of zero or more");
        }
        return value;
    }

    /** Returns the field as a number, or empty when the field is empty (a rate or lift that was not defined). */
    public OptionalDouble optionalNumber(String column) throws ReportInputException {
        String value = text(column).strip();
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble parsed = parse(value);
        if (parsed.isEmpty()) {
            throw invalid(column, value, "a number, or an empty field when the value is undefined");
        }
        return parsed;
    }

    public YearMonth month(String column) throws ReportInputException {
        String value = text(column).strip();
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(column, value, "a month as YYYY-MM");
        }
    }

    public LocalDate date(String column) throws ReportInputException {
        String value = text(column).strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(column, value, "a date as YYYY-MM-DD");
        }
    }

    private ReportInputException invalid(String column, String value, String expected) {
        return new ReportInputException(file, "line " + line + ", column " + column + ": '" + value + "' is not " + expected);
    }

    private static OptionalDouble parse(String value) {
        // BigDecimal accepts plain and scientific decimals only, not the NaN, hex or "12d" forms that Double.parseDouble takes.
        try {
            double parsed = new BigDecimal(value).doubleValue();
            return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
