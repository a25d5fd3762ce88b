package io.idem.affinity.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.FpGrowth;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.MiningParameters;
import io.idem.affinity.mining.MinimumSupport;
import io.idem.affinity.mining.TransactionDatabase;
import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.rules.RuleGenerator;
import io.idem.affinity.rules.RuleThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetFinderTest {

    /** Counts: A 6, B 6, C 6, AB 5, AC 3, BC 4, ABC 3 over ten baskets. */
    private static final List<Set<String>> HISTORY = List.of(
            Set.of("A", "B", "C"), Set.of("A", "B", "C"), Set.of("A", "B", "C"),
            Set.of("A", "B"), Set.of("A", "B"), Set.of("A"), Set.of("B", "C"), Set.of("C"), Set.of("C"), Set.of());

    private static List<AssociationRule> rules() {
        List<Basket> baskets = new ArrayList<>();
        for (int i = 0; i < HISTORY.size(); i++) {
            baskets.add(Basket.of("history-" + i, HISTORY.get(i)));
        }
        FrequentItemsets frequent = new FpGrowth().mine(new TransactionDatabase(baskets),
                MiningParameters.unlimited(new MinimumSupport.Count(1)));
        return new RuleGenerator().generate(frequent, new RuleThresholds(0.6, 1.0));
    }

    private static List<CrossSellTarget> targetsOf(String account, Set<String> owned) {
        TransactionDatabase accounts = new TransactionDatabase(List.of(Basket.of(account, owned)));
        return new TargetFinder().find(rules(), accounts);
    }

    @Test
    void accountWithAntecedentGetsRule() {
        List<CrossSellTarget> targets = targetsOf("acme", Set.of("A"));

        // A -> {B,C} (confidence 0.5) and A -> C (lift 0.83) miss the thresholds, so A -> B is the only match.
        assertThat(targets).hasSize(1);
        assertThat(targets.get(0).account()).isEqualTo("acme");
        assertThat(targets.get(0).rule().antecedent()).isEqualTo(Itemset.of("A"));
        assertThat(targets.get(0).rule().consequent()).isEqualTo(Itemset.of("B"));
    }

    @Test
    void highestLiftRuleWinsPerConsequent() {
        List<CrossSellTarget> targets = targetsOf("globex", Set.of("A", "C"));

        // A -> B (lift 1.39), C -> B (lift 1.11) and {A,C} -> B (lift 1.67) all apply; the last one wins.
        assertThat(targets).hasSize(1);
        assertThat(targets.get(0).rule().antecedent()).isEqualTo(Itemset.of("A", "C"));
        assertThat(targets.get(0).rule().lift()).isEqualTo(30.0 / 18.0);
    }

    @Test
    void eachMissingConsequentGetsItsOwnTarget() {
        List<CrossSellTarget> targets = targetsOf("umbrella", Set.of("B"));

        assertThat(targets).extracting(target -> target.rule().consequent())
                .containsExactly(Itemset.of("A"), Itemset.of("C"));
    }

    @Test
    void accountOwningConsequentOrNothingIsNoTarget() {
        assertThat(targetsOf("initech", Set.of("A", "B", "C"))).isEmpty();
        assertThat(targetsOf("hooli", Set.of())).isEmpty();
    }

    @Test
    void descriptionStatesShareAndLift() {
        CrossSellTarget target = targetsOf("globex", Set.of("A", "C")).get(0);

        assertThat(target.describe()).isEqualTo(
                "account globex owns {A, C}; 100% of the 3 accounts that own it also own {B} (lift 1.67)");
    }
}
