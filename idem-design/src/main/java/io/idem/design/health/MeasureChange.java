package io.idem.design.health;

import static java.util.Objects.requireNonNull;

/**
 * One measure between two runs: its values, scores and normalised weights before and after, and
 * the points of overall score it moved ({@code contributionChange}, see {@link ScoreComparison}).
 * Fields of a run in which the measure did not exist are null, and a weight is 0 where the measure
 * did not count.
 */
public record MeasureChange(String measure, String category, ChangeStatus status, Double previousValue, Double latestValue,
                            Double previousScore, Double latestScore, double previousWeight, double latestWeight,
                            double contributionChange) {

    public MeasureChange {
        requireNonNull(measure, "measure is null");
        requireNonNull(category, "category is null");
        requireNonNull(status, "status is null");
    }
}
