package io.idem.propensity.snapshot;

import static java.util.Objects.requireNonNull;

/** A feature of a snapshot dataset: its name and kind. */
public record FeatureSpec(String name, FeatureKind kind) {

    public FeatureSpec {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("feature name is blank");
        }
    }

    public static FeatureSpec numeric(String name) {
        return new FeatureSpec(name, FeatureKind.NUMERIC);
    }

    public static FeatureSpec categorical(String name) {
        return new FeatureSpec(name, FeatureKind.CATEGORICAL);
    }
}
