package io.idem.affinity.rules;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates association rules from frequent itemsets. Every frequent itemset Z of two or more items yields one
 * candidate rule X -&gt; Z \ X for each non-empty proper subset X. Every subset of a frequent itemset is frequent
 * and within the size limit, so all counts come from the mining result without another pass over the baskets.
 */
public final class RuleGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(RuleGenerator.class);

    /** Itemsets above this size would need more than 2^30 candidate rules each. */
    static final int MAX_RULE_ITEMSET_SIZE = 30;

    /**
     * Generates the rules that pass {@code thresholds}.
     *
     * @return the rules in {@link RuleOrder#STRONGEST_FIRST} order; empty when no itemset has two items
     * @throws IllegalArgumentException when a frequent itemset has more than 30 items
     */
    public List<AssociationRule> generate(FrequentItemsets frequent, RuleThresholds thresholds) {
        requireNonNull(frequent, "frequent is null");
        requireNonNull(thresholds, "thresholds is null");

        List<AssociationRule> rules = new ArrayList<>();
        int candidates = 0;
        for (Itemset itemset : frequent.itemsetsOfSizeAtLeast(2)) {
            if (itemset.size() > MAX_RULE_ITEMSET_SIZE) {
                throw new IllegalArgumentException("frequent itemset " + itemset + " has " + itemset.size()
                        + " items, more than the " + MAX_RULE_ITEMSET_SIZE
                        + " rule generation supports; raise the minimum support or set a maximum itemset size");
            }
            for (AssociationRule rule : rulesOf(itemset, frequent)) {
                candidates++;
                if (thresholds.accepts(rule)) {
                    rules.add(rule);
                }
            }
        }
        rules.sort(RuleOrder.STRONGEST_FIRST);

        LOG.debug("Kept {} of {} candidate rules at minimum confidence {} and minimum lift {}",
                rules.size(), candidates, thresholds.minimumConfidence(), thresholds.minimumLift());
        return rules;
    }

    private static List<AssociationRule> rulesOf(Itemset itemset, FrequentItemsets frequent) {
        List<String> items = itemset.items();
        int count = frequent.requireCount(itemset);
        int full = (1 << items.size()) - 1;

        List<AssociationRule> rules = new ArrayList<>(full - 1);
        for (int mask = 1; mask < full; mask++) {
            Itemset antecedent = subset(items, mask);
            Itemset consequent = subset(items, full & ~mask);
            rules.add(new AssociationRule(antecedent, consequent, count,
                    frequent.requireCount(antecedent), frequent.requireCount(consequent), frequent.basketCount()));
        }
        return rules;
    }

    private static Itemset subset(List<String> items, int mask) {
        List<String> chosen = new ArrayList<>(Integer.bitCount(mask));
        for (int i = 0; i < items.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(items.get(i));
            }
        }
        return new Itemset(chosen);
    }
}
