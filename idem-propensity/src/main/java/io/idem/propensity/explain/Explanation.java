package io.idem.propensity.explain;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;

/**
 * One account's predicted probability with its additive explanation on the log-odds scale:
 * {@code logit(probability) = baseline + sum of contributions}, up to float rounding for the trees. For the
 * trees the baseline is xgboost's bias term and the contributions are SHAP values. For the logistic regression
 * the baseline is the intercept and a contribution is coefficient x standardised value.
 */
public record Explanation(String rowId, double probability, double baseline, List<FeatureContribution> contributions) {

    public Explanation {
        requireNonNull(rowId, "rowId is null");
        contributions = List.copyOf(requireNonNull(contributions, "contributions is null"));
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability " + probability + " of row " + rowId + " is outside [0, 1]");
        }
    }

    /** Returns up to {@code count} features that raised the probability, largest first. */
    public List<FeatureContribution> topUp(int count) {
        return contributions.stream()
                .filter(contribution -> contribution.contribution() > 0.0)
                .sorted(Comparator.comparingDouble(FeatureContribution::contribution).reversed())
                .limit(count)
                .toList();
    }

    /** Returns up to {@code count} features that lowered the probability, largest decrease first. */
    public List<FeatureContribution> topDown(int count) {
        return contributions.stream()
                .filter(contribution -> contribution.contribution() < 0.0)
                .sorted(Comparator.comparingDouble(FeatureContribution::contribution))
                .limit(count)
                .toList();
    }
}
