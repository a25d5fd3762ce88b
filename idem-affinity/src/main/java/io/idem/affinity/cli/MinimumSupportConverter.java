package io.idem.affinity.cli;

import io.idem.affinity.mining.MinimumSupport;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses --min-support. A whole number without a decimal point is a count of baskets ("25"), and a number with a
 * decimal point is a fraction of baskets ("0.05", "1.0"). So "1" means one basket and "1.0" means every basket.
 */
final class MinimumSupportConverter implements ITypeConverter<MinimumSupport> {

    private static final String EXPECTED = "expected a fraction of baskets in (0, 1] written with a decimal point,"
            + " such as 0.05, or a whole number of baskets of at least 1, such as 25";

    @Override
    public MinimumSupport convert(String value) {
        String text = value.strip();
        if (text.matches("[0-9]+")) {
            return parseCount(value, text);
        }

        BigDecimal fraction;
        try {
            fraction = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number: " + EXPECTED);
        }
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new TypeConversionException("'" + value + "' is outside (0, 1] and not a whole count: " + EXPECTED);
        }
        return new MinimumSupport.Fraction(fraction.doubleValue());
    }

    private static MinimumSupport parseCount(String value, String text) {
        long count;
        try {
            count = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is too large a count: " + EXPECTED);
        }
        if (count < 1) {
            throw new TypeConversionException("'" + value + "' is not a positive count: " + EXPECTED);
        }
        return new MinimumSupport.Count(count);
    }
}
