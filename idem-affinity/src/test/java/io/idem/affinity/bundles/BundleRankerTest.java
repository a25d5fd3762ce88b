package io.idem.affinity.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.FpGrowth;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.MiningParameters;
import io.idem.affinity.mining.MinimumSupport;
import io.idem.affinity.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundleRankerTest {

    /** Counts: A 6, B 6, C 6, AB 5, AC 3, BC 4, ABC 3 over ten accounts. */
    private static final List<Set<String>> OWNED = List.of(
            Set.of("A", "B", "C"), Set.of("A", "B", "C"), Set.of("A", "B", "C"),
            Set.of("A", "B"), Set.of("A", "B"), Set.of("A"), Set.of("B", "C"), Set.of("C"), Set.of("C"), Set.of());

    /** A costs 20 of its 100, B keeps an 80% margin on 50 (cost 10), and C has no variable cost. */
    private static final PriceCatalog CATALOG = PriceCatalog.of(List.of(
            ProductPrice.withUnitCost("A", 100.0, 20.0),
            ProductPrice.withMarginRate("B", 50.0, 0.8),
            ProductPrice.priceOnly("C", 30.0)));

    private static TransactionDatabase accounts() {
        List<Basket> baskets = new ArrayList<>();
        for (int i = 0; i < OWNED.size(); i++) {
            baskets.add(Basket.of("account-" + i, OWNED.get(i)));
        }
        return new TransactionDatabase(baskets);
    }

    private static List<BundleCandidate> rank(PriceCatalog catalog, double discount) {
        TransactionDatabase accounts = accounts();
        FrequentItemsets frequent = new FpGrowth().mine(accounts,
                MiningParameters.unlimited(new MinimumSupport.Count(1)));
        return new BundleRanker().rank(frequent, accounts, catalog, discount);
    }

    private static BundleCandidate find(List<BundleCandidate> candidates, Itemset items) {
        return candidates.stream().filter(candidate -> candidate.items().equals(items)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + items));
    }

    @Test
    void pairBundleSumsTakeRateTimesIncrementalMargin() {
        BundleCandidate ab = find(rank(CATALOG, 0.1), Itemset.of("A", "B"));

        // Bundle price 0.9 x 150 = 135. Account-5 owns A: takes with 5/6, adds 135 - 100 = 35 MRR and
        // 35 - 10 (cost of B) = 25 margin. Account-6 owns B: takes with 5/6, adds 85 MRR and 85 - 20 = 65 margin.
        assertThat(ab.listPrice()).isCloseTo(150.0, within(1e-9));
        assertThat(ab.bundlePrice()).isCloseTo(135.0, within(1e-9));
        assertThat(ab.count()).isEqualTo(5);
        assertThat(ab.targets()).extracting(BundleTarget::account).containsExactly("account-5", "account-6");
        assertThat(ab.expectedIncrementalMrr()).isCloseTo(5.0 / 6 * 35 + 5.0 / 6 * 85, within(1e-9));
        assertThat(ab.expectedIncrementalMargin()).isCloseTo(5.0 / 6 * 25 + 5.0 / 6 * 65, within(1e-9));
    }

    @Test
    void tripleBundleUsesConfidenceOfEachOwnedSubset() {
        BundleCandidate abc = find(rank(CATALOG, 0.1), Itemset.of("A", "B", "C"));

        // Bundle price 0.9 x 180 = 162. Owners of {A,B} (2 accounts) take with 3/5 and add 12 margin each;
        // the owner of {A} takes with 3/6 and adds 62 - 10 = 52; the owner of {B,C} takes with 3/4 and adds
        // 82 - 20 = 62; the two owners of {C} take with 3/6 and add 132 - 20 - 10 = 102 each.
        double expected = 2 * (3.0 / 5 * 12) + 3.0 / 6 * 52 + 3.0 / 4 * 62 + 2 * (3.0 / 6 * 102);
        assertThat(abc.targets()).hasSize(6);
        assertThat(abc.expectedIncrementalMargin()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void candidatesRankByExpectedMargin() {
        List<BundleCandidate> candidates = rank(CATALOG, 0.1);

        assertThat(candidates).hasSize(4);
        assertThat(candidates.get(0).items()).isEqualTo(Itemset.of("A", "B", "C"));
        for (int i = 1; i < candidates.size(); i++) {
            assertThat(candidates.get(i - 1).expectedIncrementalMargin())
                    .isGreaterThanOrEqualTo(candidates.get(i).expectedIncrementalMargin());
        }
    }

    @Test
    void deepDiscountGivesNegativeIncrement() {
        BundleCandidate ab = find(rank(CATALOG, 0.5), Itemset.of("A", "B"));

        // At half price the bundle costs 75, less than the 100 account-5 already pays for A.
        BundleTarget ownerOfA = ab.targets().get(0);
        assertThat(ownerOfA.owned()).isEqualTo(Itemset.of("A"));
        assertThat(ownerOfA.incrementalMrr()).isCloseTo(-25.0, within(1e-9));
        assertThat(ownerOfA.incrementalMargin()).isCloseTo(-35.0, within(1e-9));
    }

    @Test
    void unpricedItemsetsAreSkipped() {
        PriceCatalog withoutC = PriceCatalog.of(List.of(
                ProductPrice.priceOnly("A", 100.0), ProductPrice.priceOnly("B", 50.0)));

        assertThat(rank(withoutC, 0.1)).extracting(BundleCandidate::items).containsExactly(Itemset.of("A", "B"));
    }

    @Test
    void rejectsInvalidDiscountAndCatalog() {
        assertThatThrownBy(() -> rank(CATALOG, 1.0)).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> PriceCatalog.of(List.of(
                ProductPrice.priceOnly("A", 1.0), ProductPrice.priceOnly("A", 2.0))))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> ProductPrice.withMarginRate("A", 10.0, 1.2)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> ProductPrice.priceOnly("A", -1.0)).hasMessageContaining("at least 0");
    }
}
