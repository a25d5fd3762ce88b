package io.idem.affinity.bundles;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns frequent itemsets of two or more products into priced bundle candidates and ranks them by expected
 * incremental margin. For a bundle B at discount d and an account that owns S, a non-empty proper subset of B:
 *
 * <pre>
 *   bundle price        P_B = (1 - d) x sum of list prices over B
 *   incremental MRR     P_B - sum of list prices over S
 *   incremental margin  incremental MRR - sum of unit costs over B \ S
 *   take rate           confidence(S -&gt; B \ S) = count(B) / count(S)
 *   expected margin     sum over accounts of take rate x incremental margin
 * </pre>
 *
 * The discount lowers revenue only, so the account's margin on S is unchanged and the margin added is the bundle
 * price less what the account already pays, less the cost of serving the missing items.
 *
 * <p>NOTE: the take rate is an estimate from co-ownership in the mined baskets, not a measured conversion rate of a
 * bundle offer; it assumes accounts that own S adopt the missing items at the rate peers already did.
 */
public final class BundleRanker {

    private static final Logger LOG = LoggerFactory.getLogger(BundleRanker.class);

    private static final Comparator<BundleCandidate> BEST_FIRST = Comparator
            .comparingDouble(BundleCandidate::expectedIncrementalMargin).reversed()
            .thenComparing(BundleCandidate::items);

    /**
     * Ranks the bundle candidates among {@code frequent}.
     *
     * @param frequent itemsets mined from {@code accounts}, so their counts give the take rates
     * @param accounts the accounts with the products they own
     * @param catalog the prices; an itemset with an unpriced product is skipped and the number skipped is logged
     * @param bundleDiscount the fraction taken off the list price, in [0, 1)
     * @return candidates by descending expected incremental margin, ties by items
     */
    public List<BundleCandidate> rank(
            FrequentItemsets frequent, TransactionDatabase accounts, PriceCatalog catalog, double bundleDiscount) {
        requireNonNull(frequent, "frequent is null");
        requireNonNull(accounts, "accounts is null");
        requireNonNull(catalog, "catalog is null");
        if (!(bundleDiscount >= 0.0 && bundleDiscount < 1.0)) {
            throw new IllegalArgumentException("bundle discount must be in [0, 1), but was " + bundleDiscount);
        }
        if (frequent.basketCount() != accounts.size()) {
            throw new IllegalArgumentException("the itemsets were mined from " + frequent.basketCount()
                    + " baskets but " + accounts.size() + " accounts were given; mine the same accounts");
        }

        List<BundleCandidate> candidates = new ArrayList<>();
        int unpriced = 0;
        for (Itemset bundle : frequent.itemsetsOfSizeAtLeast(2)) {
            if (!catalog.pricesAll(bundle.items())) {
                unpriced++;
                continue;
            }
            candidates.add(price(bundle, frequent, accounts, catalog, bundleDiscount));
        }
        candidates.sort(BEST_FIRST);

        if (unpriced > 0) {
            LOG.warn("Skipped {} frequent itemsets with a product missing from the price catalog; "
                    + "add those products' prices to rank them", unpriced);
        }
        LOG.debug("Ranked {} bundle candidates at discount {}", candidates.size(), bundleDiscount);
        return candidates;
    }

    private static BundleCandidate price(
            Itemset bundle, FrequentItemsets frequent, TransactionDatabase accounts, PriceCatalog catalog,
            double bundleDiscount) {
        int bundleCount = frequent.requireCount(bundle);
        double listPrice = catalog.listPrice(bundle.items());
        double bundlePrice = listPrice * (1.0 - bundleDiscount);

        List<BundleTarget> targets = new ArrayList<>();
        for (Basket account : accounts.baskets()) {
            List<String> owned = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String product : bundle.items()) {
                if (account.items().contains(product)) {
                    owned.add(product);
                } else {
                    missing.add(product);
                }
            }
            if (owned.isEmpty() || missing.isEmpty()) {
                continue;
            }

            double takeRate = (double) bundleCount / frequent.requireCount(Itemset.of(owned));
            double incrementalMrr = bundlePrice - catalog.listPrice(owned);
            double incrementalMargin = incrementalMrr - catalog.unitCost(missing);
            targets.add(new BundleTarget(account.id(), Itemset.of(owned), Itemset.of(missing), takeRate,
                    incrementalMrr, incrementalMargin));
        }
        return BundleCandidate.of(bundle, bundleCount, listPrice, bundlePrice, targets);
    }
}
