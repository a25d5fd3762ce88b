package io.idem.propensity.explain;

import static java.util.Objects.requireNonNull;

/**
 * How much one feature moved one account's log-odds of taking the offer: positive pushed the probability up.
 * {@code value} is the account's value of the feature as it appears in the input, or "missing".
 */
public record FeatureContribution(String feature, String value, double contribution) {

    public FeatureContribution {
        requireNonNull(feature, "feature is null");
        requireNonNull(value, "value is null");
        if (!Double.isFinite(contribution)) {
            throw new IllegalArgumentException("contribution of feature '" + feature + "' is " + contribution);
        }
    }
}
