package io.idem.statistics.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Analysis method selected with {@code --method}. */
enum Method {
    FREQUENTIST("frequentist"),
    BAYESIAN("bayesian"),
    SEQUENTIAL("sequential");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Method fromLabel(String value) {
        for (Method method : values()) {
            if (method.label.equalsIgnoreCase(value)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method '" + value + "'; use one of "
                + Arrays.stream(values()).map(Method::label).collect(Collectors.joining(", ")));
    }
}
