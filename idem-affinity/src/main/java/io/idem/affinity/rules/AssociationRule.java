package io.idem.affinity.rules;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.Itemset;

/**
 * An association rule antecedent -&gt; consequent with the basket counts its metrics derive from. Support,
 * confidence and lift take a single rounding each, so two rules with equal exact ratios get identical doubles, and
 * a ratio exactly equal to a decimal threshold passes it (confidence 3/5 meets a minimum of 0.6).
 *
 * @param antecedent the items an account already owns
 * @param consequent the items the rule predicts, disjoint from the antecedent
 * @param count the baskets that contain both antecedent and consequent
 * @param antecedentCount the baskets that contain the antecedent
 * @param consequentCount the baskets that contain the consequent
 * @param basketCount all baskets
 */
public record AssociationRule(
        Itemset antecedent,
        Itemset consequent,
        int count,
        int antecedentCount,
        int consequentCount,
        int basketCount) {

    public AssociationRule {
        requireNonNull(antecedent, "antecedent is null");
        requireNonNull(consequent, "consequent is null");
        if (!antecedent.isDisjointFrom(consequent.items())) {
            throw new IllegalArgumentException(
                    "antecedent " + antecedent + " and consequent " + consequent + " share items");
        }
        if (count < 1 || count > antecedentCount || count > consequentCount
                || antecedentCount > basketCount || consequentCount > basketCount) {
            throw new IllegalArgumentException("inconsistent counts for " + antecedent + " -> " + consequent
                    + ": count " + count + ", antecedent " + antecedentCount + ", consequent " + consequentCount
                    + ", baskets " + basketCount);
        }
    }

    /** Fraction of all baskets that contain antecedent and consequent (Agrawal, Imieliński and Swami 1993). */
    public double support() {
        return (double) count / basketCount;
    }

    /** Fraction of the baskets with the antecedent that also contain the consequent: P(consequent | antecedent). */
    public double confidence() {
        return (double) count / antecedentCount;
    }

    /**
     * Confidence divided by the consequent's support, P(A and C) / (P(A) P(C)); 1 means independence. Brin, Motwani,
     * Ullman and Tsur (SIGMOD 1997) call it interest.
     */
    public double lift() {
        return ((double) count * basketCount) / ((double) antecedentCount * consequentCount);
    }

    /** P(A and C) - P(A) P(C), the share of baskets explained by dependence (Piatetsky-Shapiro 1991). */
    public double leverage() {
        double n = basketCount;
        return count / n - (antecedentCount / n) * (consequentCount / n);
    }

    /**
     * (1 - P(C)) / (1 - confidence) (Brin, Motwani, Ullman and Tsur 1997): how much more often the rule would be
     * wrong if antecedent and consequent were independent. Positive infinity when the confidence is 1.
     */
    public double conviction() {
        if (count == antecedentCount) {
            return Double.POSITIVE_INFINITY;
        }
        double consequentMissing = (double) (basketCount - consequentCount) / basketCount;
        double ruleMissing = (double) (antecedentCount - count) / antecedentCount;
        return consequentMissing / ruleMissing;
    }

    @Override
    public String toString() {
        return antecedent + " -> " + consequent + " (count " + count + ", confidence " + confidence()
                + ", lift " + lift() + ")";
    }
}
