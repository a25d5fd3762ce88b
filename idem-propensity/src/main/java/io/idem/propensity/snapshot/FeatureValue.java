package io.idem.propensity.snapshot;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A feature value of one account at one snapshot, with {@code dataThrough}: the latest date of the source data
 * the value was computed from. The code that computes a feature reports that date (for example the maximum
 * event date it read), and {@link SnapshotDatasetBuilder} rejects a value whose {@code dataThrough} is after
 * the snapshot date.
 */
public sealed interface FeatureValue permits FeatureValue.Numeric, FeatureValue.Categorical {

    String feature();

    LocalDate dataThrough();

    static Numeric numeric(String feature, double value, LocalDate dataThrough) {
        return new Numeric(feature, value, dataThrough);
    }

    static Categorical categorical(String feature, String level, LocalDate dataThrough) {
        return new Categorical(feature, level, dataThrough);
    }

    /** A number; {@code NaN} when the value is missing. */
    record Numeric(String feature, double value, LocalDate dataThrough) implements FeatureValue {

        public Numeric {
            requireNonNull(feature, "feature is null");
            requireNonNull(dataThrough, "dataThrough is null");
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("feature '" + feature + "' has an infinite value");
            }
        }
    }

    /** A category level; null when the value is missing. */
    record Categorical(String feature, String level, LocalDate dataThrough) implements FeatureValue {

        public Categorical {
            requireNonNull(feature, "feature is null");
            requireNonNull(dataThrough, "dataThrough is null");
            if (level != null && level.isEmpty()) {
                throw new IllegalArgumentException("feature '" + feature + "' has an empty level; use null for"
                        + " a missing value");
            }
        }
    }
}
