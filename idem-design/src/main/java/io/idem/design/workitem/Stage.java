package io.idem.design.workitem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stages of an expansion opportunity with their default win probabilities, used for weighted
 * pipeline. Won and lost are closed: a closed opportunity does not move again.
 */
public enum Stage {
    IDENTIFIED(0.10),
    ENGAGED(0.25),
    PROPOSAL(0.50),
    NEGOTIATION(0.75),
    WON(1.0),
    LOST(0.0);

    private final double probability;

    Stage(double probability) {
        this.probability = probability;
    }

    public double probability() {
        return probability;
    }

    public boolean closed() {
        return this == WON || this == LOST;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "unknown stage '" + text + "'; use one of: "
                    + Arrays.stream(values()).map(Stage::configName).collect(Collectors.joining(", ")));
        }
    }
}
