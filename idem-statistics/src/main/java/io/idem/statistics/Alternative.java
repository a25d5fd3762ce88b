package io.idem.statistics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Alternative hypothesis about the effect, always defined as treatment minus control. */
public enum Alternative {
    /** The treatment differs from the control in either direction. */
    TWO_SIDED("two-sided"),
    /** The treatment is greater than the control. */
    GREATER("greater"),
    /** The treatment is less than the control. */
    LESS("less");

    private final String label;

    Alternative(String label) {
        this.label = label;
    }

    /** Returns the label used on the command line and in JSON output. */
    public String label() {
        return label;
    }

    /**
     * Parses a label such as {@code two-sided}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static Alternative fromLabel(String value) {
        for (Alternative alternative : values()) {
            if (alternative.label.equalsIgnoreCase(value) || alternative.name().equalsIgnoreCase(value)) {
                return alternative;
            }
        }
        throw new IllegalArgumentException("unknown alternative '" + value + "'; use one of "
                + Arrays.stream(values()).map(Alternative::label).collect(Collectors.joining(", ")));
    }
}
