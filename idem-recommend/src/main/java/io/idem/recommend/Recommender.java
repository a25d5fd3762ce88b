package io.idem.recommend;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.rules.RuleOrder;
import io.idem.identify.AccountFrame;
import io.idem.propensity.explain.Explanation;
import io.idem.propensity.explain.FeatureContribution;
import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the offers of the catalog for each account of an account frame by expected value:
 * probability × incremental MRR × discounted expected remaining lifetime in months. The probability is the
 * propensity model's score for the offer when one is supplied, else the confidence of the strongest affinity rule
 * that predicts the offer, else the prior of the offer's motion. Ties rank by higher probability, then by offer name.
 */
public final class Recommender {

    private static final Logger LOG = LoggerFactory.getLogger(Recommender.class);
    private static final int TOP_CONTRIBUTIONS = 3;

    private final OfferCatalog catalog;
    private final List<String> triggers;
    private final CandidateFinder finder;

    /**
     * @param triggers the names of the workspace's triggers; their Boolean frame columns that are true become reasons
     */
    public Recommender(OfferCatalog catalog, List<String> triggers) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.triggers = List.copyOf(triggers);
        this.finder = new CandidateFinder(catalog);
    }

    /**
     * Recommends offers for every account of the frame.
     *
     * @return the ranked recommendations per account id, in frame order; an account without candidates has an empty list
     * @throws IllegalArgumentException if the catalog names a feature the frame does not contain
     */
    public Map<String, List<Recommendation>> recommend(AccountFrame frame, RecommendationInputs inputs) {
        requireNonNull(frame, "frame is null");
        requireNonNull(inputs, "inputs is null");
        checkColumns(frame);
        List<AssociationRule> rules = new ArrayList<>(inputs.rules());
        rules.sort(RuleOrder.STRONGEST_FIRST);

        Map<String, List<Recommendation>> result = new LinkedHashMap<>();
        int total = 0;
        for (int row = 0; row < frame.size(); row++) {
            String accountId = frame.accountIds().get(row);
            Map<String, Object> values = frame.row(row);
            List<Candidate> candidates = finder.find(values, inputs.holdingsOf(accountId), rules);
            List<Recommendation> ranked = rank(accountId, values, candidates, inputs);
            total += ranked.size();
            result.put(accountId, ranked);
        }
        LOG.info("Recommended {} offers to {} accounts using {}", total, frame.size(), inputs.lifetime().describe());
        return result;
    }

    private List<Recommendation> rank(String accountId, Map<String, Object> values, List<Candidate> candidates, RecommendationInputs inputs) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        double months = inputs.lifetime().months(values);
        List<String> fired = firedTriggers(values);

        record Scored(Candidate candidate, double probability, BigDecimal expectedValue, List<String> reasons) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Optional<Explanation> score = inputs.scores().score(candidate.offer(), accountId);
            List<String> reasons = new ArrayList<>(candidate.signals());
            double probability;
            if (score.isPresent()) {
                probability = score.get().probability();
                reasons.add(modelReason(score.get()));
            } else if (candidate.rule() != null) {
                probability = candidate.rule().confidence();
            } else {
                probability = inputs.priors().of(candidate.motion());
                reasons.add("prior " + candidate.motion().name().toLowerCase(Locale.ROOT) + " probability " + CandidateFinder.format(probability));
            }
            if (candidate.rule() != null) {
                reasons.add(ruleReason(candidate.rule()));
            }
            fired.forEach(trigger -> reasons.add("trigger " + trigger + " fired"));
            BigDecimal expected = candidate.incrementalMrr().multiply(BigDecimal.valueOf(probability * months)).setScale(2, RoundingMode.HALF_EVEN);
            scored.add(new Scored(candidate, probability, expected, reasons));
        }

        scored.sort(Comparator.comparing(Scored::expectedValue).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::probability).reversed())
                .thenComparing(s -> s.candidate().offer()));
        List<Recommendation> ranked = new ArrayList<>();
        for (Scored s : scored) {
            ranked.add(new Recommendation(accountId, ranked.size() + 1, s.candidate().motion(), s.candidate().offer(), s.probability(),
                    s.candidate().incrementalMrr(), months, s.expectedValue(), catalog.currency(), s.reasons()));
        }
        return ranked;
    }

    private List<String> firedTriggers(Map<String, Object> values) {
        return triggers.stream().filter(trigger -> Boolean.TRUE.equals(values.get(trigger))).toList();
    }

    private static String ruleReason(AssociationRule rule) {
        return "rule " + String.join(", ", rule.antecedent().items()) + " -> " + String.join(", ", rule.consequent().items())
                + " (confidence " + CandidateFinder.format(rule.confidence()) + ", lift " + CandidateFinder.format(rule.lift()) + ")";
    }

    private static String modelReason(Explanation explanation) {
        List<String> parts = new ArrayList<>();
        for (FeatureContribution contribution : explanation.topUp(TOP_CONTRIBUTIONS)) {
            parts.add(contribution.feature() + "=" + contribution.value() + " (+" + CandidateFinder.format(contribution.contribution()) + ")");
        }
        String top = parts.isEmpty() ? "no feature raised it" : String.join(", ", parts);
        return "model probability " + CandidateFinder.format(explanation.probability()) + ": " + top;
    }

    private void checkColumns(AccountFrame frame) {
        OfferCatalog.UpsellSignals signals = catalog.signals();
        requireColumn(frame, "offers.cap_feature", signals.capFeature());
        requireColumn(frame, "offers.seat_use_feature", signals.seatFeature());
        for (OfferCatalog.Product addon : catalog.addons()) {
            requireColumn(frame, "offers.addons." + addon.name() + ".usage_feature", addon.usageFeature());
        }
        for (OfferCatalog.Product product : catalog.products()) {
            requireColumn(frame, "offers.products." + product.name() + ".usage_feature", product.usageFeature());
        }
    }

    private static void requireColumn(AccountFrame frame, String field, String feature) {
        if (feature != null && !frame.has(feature)) {
            throw new IllegalArgumentException(field + ": feature '" + feature + "' is not in the account frame; define it under features "
                    + "or compute the frame with it");
        }
    }
}
