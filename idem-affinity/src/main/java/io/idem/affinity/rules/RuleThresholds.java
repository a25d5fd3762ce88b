package io.idem.affinity.rules;

/**
 * Filters applied when rules are generated from frequent itemsets. A rule is kept when its confidence and its lift
 * are at least these values.
 *
 * @param minimumConfidence in [0, 1]
 * @param minimumLift at least 0; 0 keeps every rule, 1 keeps only positively associated ones
 */
public record RuleThresholds(double minimumConfidence, double minimumLift) {

    public RuleThresholds {
        if (!(minimumConfidence >= 0.0 && minimumConfidence <= 1.0)) {
            throw new IllegalArgumentException("minimumConfidence must be in [0, 1], but was " + minimumConfidence);
        }
        if (!(minimumLift >= 0.0) || Double.isInfinite(minimumLift)) {
            throw new IllegalArgumentException("minimumLift must be finite and at least 0, but was " + minimumLift);
        }
    }

    public static RuleThresholds none() {
        return new RuleThresholds(0.0, 0.0);
    }

    boolean accepts(AssociationRule rule) {
        return rule.confidence() >= minimumConfidence && rule.lift() >= minimumLift;
    }
}
