package io.idem.workspace;

import static java.util.Objects.requireNonNull;

/**
 * One input of a health score: a feature, its category, its weight and how it is scored. A measure
 * without a category belongs to {@link #DEFAULT_CATEGORY}. The weight and scoring are not checked
 * here, because the loader builds the record before it reports a bad value with its position.
 */
public record HealthMeasure(String name, String feature, String category, double weight, Scoring scoring,
                            MissingPolicy missing, Location location) {

    /** Category of a measure that names none. */
    public static final String DEFAULT_CATEGORY = "other";

    public HealthMeasure {
        requireNonNull(name, "name is null");
        requireNonNull(feature, "feature is null");
        requireNonNull(missing, "missing is null");
        category = category == null || category.isBlank() ? DEFAULT_CATEGORY : category.trim();
    }
}
