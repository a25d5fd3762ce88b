package io.idem.affinity.rules;

import java.util.Comparator;

/** The reporting order of rules, so the same input always prints the same list. */
public final class RuleOrder {

    /**
     * Highest lift first, then highest confidence, then highest support, then antecedent and consequent in
     * lexicographic item order.
     */
    public static final Comparator<AssociationRule> STRONGEST_FIRST = Comparator
            .comparingDouble(AssociationRule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(Comparator.comparingDouble(AssociationRule::support).reversed())
            .thenComparing(AssociationRule::antecedent)
            .thenComparing(AssociationRule::consequent);

    private RuleOrder() {
    }
}
