package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * One data row of a CSV file with its values by column name, already trimmed of surrounding whitespace. The typed
 * getters raise a {@link CrmDataException} naming the file, line, column and value when a value is missing or
 * malformed.
 *
 * @param file file the row was read from
 * @param line 1-based line on which the row starts; the header is line 1
 * @param values trimmed values by column name
 */
public record CsvRow(Path file, long line, Map<String, String> values) {

    public CsvRow {
        requireNonNull(file, "file is null");
        values = Map.copyOf(requireNonNull(values, "values is null"));
    }

    /** Returns the trimmed value of a column, empty when the field is blank. */
    public String text(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException("column '" + column + "' was not requested when " + file
                    + " was read");
        }
        return value;
    }

    public boolean isBlank(String column) {
        return text(column).isEmpty();
    }

    /** Returns the value of a column that must not be blank. */
    public String requiredText(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw invalid(column, "the value is missing", "fill in the " + column + " of this row");
        }
        return value;
    }

    /** Returns a whole number, such as a year or a head count. */
    public int integer(String column) {
        String value = requiredText(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(column, "not a whole number", "write digits only, for example 1996");
        }
    }

    /** Returns a decimal number written with a dot, such as {@code 1100.04}. */
    public BigDecimal decimal(String column) {
        String value = requiredText(column);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw invalid(column, "not a decimal number", "write a number with a dot as decimal separator and no"
                    + " thousands separator, for example 1100.04");
        }
    }

    /** Returns an ISO date ({@code yyyy-mm-dd}). */
    public LocalDate date(String column) {
        String value = requiredText(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(column, "not a valid date in the form yyyy-mm-dd", "write the date as yyyy-mm-dd, for"
                    + " example 2017-03-01");
        }
    }

    /** Creates an error about the value of {@code column} in this row. */
    public CrmDataException invalid(String column, String reason, String fix) {
        return CrmDataException.atValue(file, line, column, text(column), reason, fix);
    }
}
