package io.idem.recommend;

import static java.util.Objects.requireNonNull;

import io.idem.workspace.Motion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One ranked offer for one account.
 *
 * @param rank 1 for the account's best offer
 * @param offer the offer as a playbook names it: {@code next_plan}, {@code seats}, an add-on, product or bundle name
 * @param probability the chance the account takes the offer, from 0 to 1
 * @param incrementalMrr the monthly revenue the offer adds, in {@code currency}
 * @param remainingMonths the discounted expected remaining lifetime of the account, in months
 * @param expectedValue probability × incremental MRR × remaining months, in {@code currency}
 * @param reasons why the offer was chosen, most specific first
 */
public record Recommendation(String accountId, int rank, Motion motion, String offer, double probability,
                             BigDecimal incrementalMrr, double remainingMonths, BigDecimal expectedValue,
                             String currency, List<String> reasons) {

    public Recommendation {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(motion, "motion is null");
        requireNonNull(offer, "offer is null");
        requireNonNull(incrementalMrr, "incrementalMrr is null");
        requireNonNull(expectedValue, "expectedValue is null");
        requireNonNull(currency, "currency is null");
        reasons = List.copyOf(reasons);
        if (rank < 1) {
            throw new IllegalArgumentException("rank of " + offer + " for account " + accountId + " is " + rank + ", ranks start at 1");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of " + offer + " for account " + accountId + " is " + probability + ", outside [0, 1]");
        }
        if (!(remainingMonths >= 0) || Double.isInfinite(remainingMonths)) {
            throw new IllegalArgumentException("remaining lifetime of account " + accountId + " is " + remainingMonths + " months");
        }
    }

    /** Returns the motion as the workspace configuration writes it: upsell, cross_sell or bundle. */
    public String motionName() {
        return motion.name().toLowerCase(Locale.ROOT);
    }
}
