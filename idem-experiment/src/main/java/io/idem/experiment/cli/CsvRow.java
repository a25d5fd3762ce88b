package io.idem.experiment.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One data row of a {@link CsvFile}; accessors parse a field and name the file, line, column and value when
 * it is invalid.
 *
 * @param file the file the row came from
 * @param line 1-based line number
 * @param header column names of the file
 * @param fields field values, as many as header names
 */
record CsvRow(Path file, int line, List<String> header, List<String> fields) {

    /** Plain decimal notation; Java's parser would also take hexadecimal, NaN and suffixes such as 12f. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Returns the field trimmed; empty when blank. */
    String text(String column) {
        return fields.get(header.indexOf(column)).trim();
    }

    /** Returns the field trimmed, rejecting a blank one with the given fix. */
    String required(String column, String fix) {
        String value = text(column);
        if (value.isEmpty()) {
            throw error(column, value, "is empty; " + fix);
        }
        return value;
    }

    /** Parses a finite decimal number, such as 120.5, -3 or 1.2e3. */
    double number(String column, String fix) {
        String value = required(column, fix);
        if (DECIMAL.matcher(value).matches()) {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        }
        throw error(column, value, "is not a finite number; " + fix);
    }

    /** Parses true or false, also written as 1 or 0, yes or no, t or f, in any case. */
    boolean flag(String column) {
        String value = required(column, "use true or false");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> true;
            case "false", "f", "no", "n", "0" -> false;
            default -> throw error(column, value, "is not true or false; use true or false (or 1 or 0)");
        };
    }

    BadInputException error(String column, String value, String problem) {
        return new BadInputException(file + " line " + line + " column " + (header.indexOf(column) + 1) + " ("
                + column + "): value '" + value + "' " + problem);
    }
}
