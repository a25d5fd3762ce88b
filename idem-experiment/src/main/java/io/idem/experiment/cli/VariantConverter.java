package io.idem.experiment.cli;

import io.idem.experiment.Variant;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses one {@code NAME:WEIGHT} item of {@code --variants}, such as {@code play_a:0.45}. */
final class VariantConverter implements ITypeConverter<Variant> {

    @Override
    public Variant convert(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new TypeConversionException("'" + value + "' is not NAME:WEIGHT; write the variants as"
                    + " play_a:0.45,play_b:0.45,holdout:0.10");
        }
        String name = value.substring(0, colon).trim();
        String weightText = value.substring(colon + 1).trim();
        double weight;
        try {
            weight = Double.parseDouble(weightText);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("weight '" + weightText + "' of variant '" + name + "' is not a number;"
                    + " use a share such as 0.45");
        }
        try {
            return new Variant(name, weight);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
