package io.idem.design.health;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.HealthMeasure;
import io.idem.workspace.MissingPolicy;

/**
 * One measure's part in an account's score: the feature value, the 0–100 score, the normalised
 * weight it carried (0 when excluded), and the missing-data policy applied, or null when the value
 * was present. A null category becomes {@link HealthMeasure#DEFAULT_CATEGORY}.
 */
public record MeasureScore(String measure, String category, Double value, Double score, double weight, MissingPolicy appliedPolicy) {

    public MeasureScore {
        requireNonNull(measure, "measure is null");
        category = category == null || category.isBlank() ? HealthMeasure.DEFAULT_CATEGORY : category;
    }

    /** Returns the points this measure adds to the overall score: weight × score / 100, and 0 when it does not count. */
    public double contribution() {
        return score == null ? 0.0 : weight * score / 100.0;
    }

    /** Returns whether the measure counts in the overall score, which it does unless its missing value was excluded. */
    public boolean counts() {
        return score != null;
    }
}
