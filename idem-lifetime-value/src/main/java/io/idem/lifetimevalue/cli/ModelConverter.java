package io.idem.lifetimevalue.cli;

import io.idem.lifetimevalue.LifetimeValueModel;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/**
 * Converts the {@code --model} value (sbg, bgnbd, gamma-gamma) to a {@link LifetimeValueModel}.
 */
final class ModelConverter implements CommandLine.ITypeConverter<LifetimeValueModel> {

    @Override
    public LifetimeValueModel convert(String value) {
        return LifetimeValueModel.fromCliName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a model; use one of sbg, bgnbd, gamma-gamma"));
    }

    /** Command-line names of the models, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(LifetimeValueModel.values()).map(LifetimeValueModel::cliName).iterator();
        }
    }
}
