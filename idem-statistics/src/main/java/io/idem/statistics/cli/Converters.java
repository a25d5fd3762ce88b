package io.idem.statistics.cli;

import io.idem.statistics.Alternative;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose messages state the expected form. Picocli prefixes them with the option name. */
final class Converters {

    private Converters() {
    }

    /** Whole number of accounts, 0 or more. */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long count;
            try {
                count = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number; pass a count such as 100");
            }
            if (count < 0) {
                throw new TypeConversionException("'" + value + "' is negative; pass a count of accounts, 0 or more");
            }
            return count;
        }
    }

    /** Finite decimal number. */
    static final class FiniteNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return parseFinite(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Label two-sided, greater or less. */
    static final class AlternativeLabel implements ITypeConverter<Alternative> {
        @Override
        public Alternative convert(String value) {
            try {
                return Alternative.fromLabel(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Label frequentist, bayesian or sequential. */
    static final class MethodLabel implements ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            try {
                return Method.fromLabel(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Parses a finite decimal number.
     *
     * @throws NumberFormatException with a message that names the value and the expected form
     */
    static double parseFinite(String value) {
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + value + "' is not a number; use a decimal point, as in 0.05");
        }
        if (!Double.isFinite(number)) {
            throw new NumberFormatException("'" + value + "' is not a finite number; pass a measured value");
        }
        return number;
    }
}
