package io.idem.affinity.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.FpGrowth;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.MiningParameters;
import io.idem.affinity.mining.MinimumSupport;
import io.idem.affinity.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleGeneratorTest {

    /**
     * Ten baskets: {A,B,C} x3, {A,B} x2, {A}, {B,C}, {C} x2 and one empty basket. Counts: A 6, B 6, C 6, AB 5,
     * AC 3, BC 4, ABC 3.
     */
    static TransactionDatabase tenBaskets() {
        List<Set<String>> baskets = List.of(
                Set.of("A", "B", "C"), Set.of("A", "B", "C"), Set.of("A", "B", "C"),
                Set.of("A", "B"), Set.of("A", "B"), Set.of("A"), Set.of("B", "C"), Set.of("C"), Set.of("C"),
                Set.of());
        List<Basket> list = new ArrayList<>();
        for (int i = 0; i < baskets.size(); i++) {
            list.add(Basket.of("account-" + i, baskets.get(i)));
        }
        return new TransactionDatabase(list);
    }

    private static List<AssociationRule> rules(RuleThresholds thresholds) {
        FrequentItemsets frequent = new FpGrowth().mine(tenBaskets(),
                MiningParameters.unlimited(new MinimumSupport.Count(1)));
        return new RuleGenerator().generate(frequent, thresholds);
    }

    private static AssociationRule find(List<AssociationRule> rules, Itemset antecedent, Itemset consequent) {
        return rules.stream()
                .filter(rule -> rule.antecedent().equals(antecedent) && rule.consequent().equals(consequent))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + antecedent + " -> " + consequent));
    }

    @Test
    void metricsMatchHandComputedValues() {
        List<AssociationRule> rules = rules(RuleThresholds.none());

        // A -> B: 5 of 10 baskets, 5 of the 6 with A; lift 5 x 10 / (6 x 6); conviction (1 - 0.6) / (1 - 5/6).
        AssociationRule aToB = find(rules, Itemset.of("A"), Itemset.of("B"));
        assertThat(aToB.count()).isEqualTo(5);
        assertThat(aToB.support()).isCloseTo(0.5, within(1e-12));
        assertThat(aToB.confidence()).isCloseTo(5.0 / 6.0, within(1e-12));
        assertThat(aToB.lift()).isCloseTo(50.0 / 36.0, within(1e-12));
        assertThat(aToB.leverage()).isCloseTo(0.5 - 0.6 * 0.6, within(1e-12));
        assertThat(aToB.conviction()).isCloseTo(2.4, within(1e-12));

        // {A,B} -> C is independent: confidence 3/5 equals P(C) = 0.6, so lift 1, leverage 0, conviction 1.
        AssociationRule abToC = find(rules, Itemset.of("A", "B"), Itemset.of("C"));
        assertThat(abToC.lift()).isEqualTo(1.0);
        assertThat(abToC.leverage()).isCloseTo(0.0, within(1e-12));
        assertThat(abToC.conviction()).isCloseTo(1.0, within(1e-12));

        // {A,C} -> B always holds: confidence 1 makes conviction infinite.
        AssociationRule acToB = find(rules, Itemset.of("A", "C"), Itemset.of("B"));
        assertThat(acToB.confidence()).isEqualTo(1.0);
        assertThat(acToB.conviction()).isInfinite();
    }

    @Test
    void everySplitOfEveryItemsetIsGenerated() {
        List<AssociationRule> rules = rules(RuleThresholds.none());

        // Three pairs give 2 rules each and the triple gives 2^3 - 2 = 6.
        assertThat(rules).hasSize(12);
    }

    @Test
    void rulesSortByLiftThenConfidenceThenItems() {
        List<AssociationRule> rules = rules(RuleThresholds.none());

        // {A,C} -> B and B -> {A,C} share lift 30/18, so the higher confidence (1 against 0.5) goes first.
        assertThat(rules.get(0)).isEqualTo(find(rules, Itemset.of("A", "C"), Itemset.of("B")));
        assertThat(rules.get(1)).isEqualTo(find(rules, Itemset.of("B"), Itemset.of("A", "C")));
        // A -> B and B -> A tie on lift, confidence and support, so the antecedent order decides.
        assertThat(rules.get(2)).isEqualTo(find(rules, Itemset.of("A"), Itemset.of("B")));
        assertThat(rules.get(3)).isEqualTo(find(rules, Itemset.of("B"), Itemset.of("A")));
    }

    @Test
    void thresholdsKeepRulesAtTheBoundary() {
        List<AssociationRule> rules = rules(new RuleThresholds(0.6, 1.0));

        // Kept with confidence >= 0.6 and lift >= 1: {A,C}->B, A->B, B->A, {B,C}->A, B->C, C->B and {A,B}->C,
        // whose confidence is exactly 0.6 and lift exactly 1.
        assertThat(rules).hasSize(7);
        assertThat(rules).contains(find(rules, Itemset.of("A", "B"), Itemset.of("C")));
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.confidence()).isGreaterThanOrEqualTo(0.6);
            assertThat(rule.lift()).isGreaterThanOrEqualTo(1.0);
        });
    }

    @Test
    void ruleRejectsOverlappingOrInconsistentCounts() {
        assertThatThrownBy(() -> new AssociationRule(Itemset.of("A"), Itemset.of("A", "B"), 1, 1, 1, 1))
                .hasMessageContaining("share items");
        assertThatThrownBy(() -> new AssociationRule(Itemset.of("A"), Itemset.of("B"), 5, 4, 6, 10))
                .hasMessageContaining("inconsistent counts");
        assertThatThrownBy(() -> new RuleThresholds(1.5, 0.0)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new RuleThresholds(0.5, -1.0)).hasMessageContaining("at least 0");
    }
}
