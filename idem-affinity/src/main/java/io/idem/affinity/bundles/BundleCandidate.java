package io.idem.affinity.bundles;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.Itemset;
import java.util.List;

/**
 * A frequent itemset priced as a bundle, with the accounts that own part of it.
 *
 * @param items the bundle's products, at least two
 * @param count the baskets that already own every product of the bundle
 * @param listPrice the sum of the products' monthly list prices
 * @param bundlePrice the list price less the bundle discount
 * @param targets the accounts that own a non-empty proper subset of the bundle
 * @param expectedIncrementalMrr the sum of take rate x incremental MRR over the targets, per month
 * @param expectedIncrementalMargin the sum of take rate x incremental margin over the targets, per month
 */
public record BundleCandidate(
        Itemset items, int count, double listPrice, double bundlePrice, List<BundleTarget> targets,
        double expectedIncrementalMrr, double expectedIncrementalMargin) {

    public BundleCandidate {
        requireNonNull(items, "items is null");
        requireNonNull(targets, "targets is null");
        if (items.size() < 2) {
            throw new IllegalArgumentException("a bundle needs at least two products, but was " + items);
        }
        targets = List.copyOf(targets);
    }

    /** Builds a candidate and sums the expected values over its targets. */
    public static BundleCandidate of(
            Itemset items, int count, double listPrice, double bundlePrice, List<BundleTarget> targets) {
        double expectedMrr = 0.0;
        double expectedMargin = 0.0;
        for (BundleTarget target : targets) {
            expectedMrr += target.expectedIncrementalMrr();
            expectedMargin += target.expectedIncrementalMargin();
        }
        return new BundleCandidate(items, count, listPrice, bundlePrice, targets, expectedMrr, expectedMargin);
    }
}
