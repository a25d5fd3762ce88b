package io.idem.affinity.bundles;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.Itemset;

/**
 * An account that owns part of a bundle and could move to the whole bundle.
 *
 * @param account the account id
 * @param owned the bundle items the account already owns, not empty
 * @param missing the bundle items the account lacks, not empty
 * @param takeRate the estimated probability that the account takes the bundle: the confidence of owned -&gt; missing
 * @param incrementalMrr bundle price minus the list price of the owned items, per month; negative when the discount
 *     exceeds the price of the missing items
 * @param incrementalMargin incremental MRR minus the unit cost of the missing items, per month
 */
public record BundleTarget(
        String account, Itemset owned, Itemset missing, double takeRate, double incrementalMrr,
        double incrementalMargin) {

    public BundleTarget {
        requireNonNull(account, "account is null");
        requireNonNull(owned, "owned is null");
        requireNonNull(missing, "missing is null");
        if (!(takeRate >= 0.0 && takeRate <= 1.0)) {
            throw new IllegalArgumentException("take rate for account " + account + " must be in [0, 1], but was "
                    + takeRate);
        }
    }

    public double expectedIncrementalMrr() {
        return takeRate * incrementalMrr;
    }

    public double expectedIncrementalMargin() {
        return takeRate * incrementalMargin;
    }
}
