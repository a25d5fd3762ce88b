package io.idem.affinity.cli;

import io.idem.affinity.input.InputFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --format as baskets, pairs or auto, ignoring case. */
final class InputFormatConverter implements ITypeConverter<InputFormat> {

    @Override
    public InputFormat convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "baskets" -> InputFormat.BASKETS;
            case "pairs" -> InputFormat.PAIRS;
            case "auto" -> InputFormat.AUTO;
            default -> throw new TypeConversionException(
                    "'" + value + "' is not a format: use baskets, pairs or auto");
        };
    }
}
