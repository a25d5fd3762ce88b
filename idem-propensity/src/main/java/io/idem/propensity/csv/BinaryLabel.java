package io.idem.propensity.csv;

import java.util.Locale;
import java.util.Optional;

/** Parses a label value: 1/0, true/false, yes/no or y/n, in any letter case, as took / did not take. */
public final class BinaryLabel {

    public static final String ACCEPTED = "1/0, true/false, yes/no or y/n";

    private BinaryLabel() {
    }

    /** Returns the label, or empty when {@code value} matches no accepted form. */
    public static Optional<Boolean> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y" -> Optional.of(Boolean.TRUE);
            case "0", "false", "no", "n" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }
}
