package io.idem.design.health;

import io.idem.workspace.MissingPolicy;

/**
 * One measure's part in an account's score: the feature value, the 0–100 score, the normalised
 * weight it carried (0 when excluded), and the missing-data policy applied, or null when the value
 * was present.
 */
public record MeasureScore(String measure, String category, Double value, Double score, double weight, MissingPolicy appliedPolicy) {
}
