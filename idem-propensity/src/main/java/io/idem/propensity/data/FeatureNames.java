package io.idem.propensity.data;

/** Validation of feature names shared by the column types. */
final class FeatureNames {

    private FeatureNames() {
    }

    static String requireValid(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("feature name is null or blank");
        }
        return name;
    }
}
