package io.idem.recommend;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.rules.AssociationRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the recommender uses beside the account frame.
 *
 * @param holdings the add-ons and products each account already has, by account id; an account not in the map has none
 * @param rules affinity rules mined from the holdings (antecedent -&gt; consequent), possibly empty
 * @param scores propensity model scores per offer, possibly none
 * @param lifetime the remaining-lifetime model that turns monthly value into lifetime value
 * @param priors the probability per motion when neither a score nor a rule applies
 */
public record RecommendationInputs(Map<String, Set<String>> holdings, List<AssociationRule> rules, PropensityScores scores,
                                   RemainingLifetime lifetime, MotionPriors priors) {

    public RecommendationInputs {
        holdings = Map.copyOf(holdings);
        rules = List.copyOf(rules);
        requireNonNull(scores, "scores is null");
        requireNonNull(lifetime, "lifetime is null");
        requireNonNull(priors, "priors is null");
    }

    /** Returns inputs with no holdings, rules or scores, the default geometric lifetime and the default priors. */
    public static RecommendationInputs defaults() {
        return new RecommendationInputs(Map.of(), List.of(), PropensityScores.none(), GeometricLifetime.defaults(), MotionPriors.DEFAULTS);
    }

    public RecommendationInputs withHoldings(Map<String, Set<String>> newHoldings) {
        return new RecommendationInputs(newHoldings, rules, scores, lifetime, priors);
    }

    public RecommendationInputs withRules(List<AssociationRule> newRules) {
        return new RecommendationInputs(holdings, newRules, scores, lifetime, priors);
    }

    public RecommendationInputs withScores(PropensityScores newScores) {
        return new RecommendationInputs(holdings, rules, newScores, lifetime, priors);
    }

    public RecommendationInputs withLifetime(RemainingLifetime newLifetime) {
        return new RecommendationInputs(holdings, rules, scores, newLifetime, priors);
    }

    public RecommendationInputs withPriors(MotionPriors newPriors) {
        return new RecommendationInputs(holdings, rules, scores, lifetime, newPriors);
    }

    public Set<String> holdingsOf(String accountId) {
        return holdings.getOrDefault(accountId, Set.of());
    }
}
