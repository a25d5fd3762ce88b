package io.idem.affinity.targets;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.rules.AssociationRule;
import java.util.Locale;

/**
 * An account that owns a rule's antecedent and none of its consequent, with the strongest such rule for that
 * consequent.
 *
 * @param account the account id
 * @param rule the rule whose antecedent the account owns
 */
public record CrossSellTarget(String account, AssociationRule rule) {

    public CrossSellTarget {
        requireNonNull(account, "account is null");
        requireNonNull(rule, "rule is null");
    }

    /** Describes the target for a customer success manager, e.g. "account X owns {A, B}; 62% of ...". */
    public String describe() {
        return String.format(Locale.ROOT,
                "account %s owns %s; %.0f%% of the %d accounts that own it also own %s (lift %.2f)",
                account, rule.antecedent(), 100.0 * rule.confidence(), rule.antecedentCount(), rule.consequent(),
                rule.lift());
    }
}
