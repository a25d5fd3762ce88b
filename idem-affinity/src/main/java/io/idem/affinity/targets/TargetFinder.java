package io.idem.affinity.targets;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.TransactionDatabase;
import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.rules.RuleOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches rules against each account's current products. A rule applies to an account that owns every antecedent
 * item and no consequent item. An account that already owns part of a consequent is matched by the rule whose
 * antecedent includes that part, when such a rule passed the thresholds.
 */
public final class TargetFinder {

    private static final Logger LOG = LoggerFactory.getLogger(TargetFinder.class);

    /**
     * Finds, for every account and every consequent, the applicable rule that comes first in
     * {@link RuleOrder#STRONGEST_FIRST}, so the highest lift wins.
     *
     * @return targets ordered by basket order, then by rule strength
     */
    public List<CrossSellTarget> find(List<AssociationRule> rules, TransactionDatabase accounts) {
        requireNonNull(rules, "rules is null");
        requireNonNull(accounts, "accounts is null");

        List<AssociationRule> ordered = new ArrayList<>(rules);
        ordered.sort(RuleOrder.STRONGEST_FIRST);

        List<CrossSellTarget> targets = new ArrayList<>();
        for (Basket account : accounts.baskets()) {
            // The first applicable rule for each consequent is the strongest, because the rules are sorted.
            Map<Itemset, AssociationRule> bestByConsequent = new LinkedHashMap<>();
            for (AssociationRule rule : ordered) {
                if (rule.antecedent().isContainedIn(account.items())
                        && rule.consequent().isDisjointFrom(account.items())) {
                    bestByConsequent.putIfAbsent(rule.consequent(), rule);
                }
            }
            for (AssociationRule rule : bestByConsequent.values()) {
                targets.add(new CrossSellTarget(account.id(), rule));
            }
        }

        LOG.debug("Found {} cross-sell targets from {} rules over {} accounts",
                targets.size(), rules.size(), accounts.size());
        return targets;
    }
}
