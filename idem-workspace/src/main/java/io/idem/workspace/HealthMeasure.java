package io.idem.workspace;

/** One input of a health score: a feature, its category, its weight and how it is scored. */
public record HealthMeasure(String name, String feature, String category, double weight, Scoring scoring,
                            MissingPolicy missing, Location location) {
}
