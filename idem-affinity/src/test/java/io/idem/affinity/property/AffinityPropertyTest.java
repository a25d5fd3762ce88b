package io.idem.affinity.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.FpGrowth;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.Itemset;
import io.idem.affinity.mining.MiningParameters;
import io.idem.affinity.mining.MinimumSupport;
import io.idem.affinity.mining.TransactionDatabase;
import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.rules.RuleGenerator;
import io.idem.affinity.rules.RuleThresholds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Compares FP-growth and rule generation with a brute-force enumeration of every subset of the item universe,
 * counted by scanning the baskets. Baskets are bit masks over at most 8 items, so the enumeration has at most 255
 * itemsets. Thresholds are ratios of small integers, so the brute force decides them in exact integer arithmetic.
 */
class AffinityPropertyTest {

    /**
     * One generated database with its thresholds.
     *
     * @param supportNumerator the minimum support is supportNumerator / 20 when fractional, else a count
     * @param maxSize the maximum itemset size; 9 or more means unlimited
     * @param confidenceTenths the minimum confidence in tenths
     * @param liftTenths the minimum lift in tenths
     */
    record Case(int itemCount, List<Integer> baskets, boolean fractional, int supportNumerator, int maxSize,
            int confidenceTenths, int liftTenths) {

        int basketCount() {
            return baskets.size();
        }

        MinimumSupport minimumSupport() {
            return fractional ? new MinimumSupport.Fraction(supportNumerator / 20.0)
                    : new MinimumSupport.Count(supportNumerator);
        }

        MiningParameters parameters() {
            return new MiningParameters(minimumSupport(), maxSize > 8 ? MiningParameters.UNLIMITED_SIZE : maxSize);
        }

        boolean isFrequent(int count) {
            boolean meetsThreshold = fractional ? count * 20L >= (long) supportNumerator * basketCount()
                    : count >= supportNumerator;
            return count >= 1 && meetsThreshold;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 8).flatMap(itemCount -> {
            Arbitrary<Integer> basket = Arbitraries.integers().between(0, itemCount - 1).set().ofMaxSize(itemCount)
                    .map(AffinityPropertyTest::mask);
            return Combinators.combine(
                    basket.list().ofMaxSize(40),
                    Arbitraries.of(true, false),
                    Arbitraries.integers().between(1, 20),
                    Arbitraries.integers().between(1, 9),
                    Arbitraries.integers().between(0, 10),
                    Arbitraries.integers().between(0, 20))
                    .as((baskets, fractional, support, maxSize, confidence, lift) -> new Case(itemCount, baskets,
                            fractional, fractional ? support : 1 + support % 6, maxSize, confidence, lift));
        });
    }

    @Property(tries = 300)
    void frequentItemsetsEqualBruteForce(@ForAll("cases") Case testCase) {
        FrequentItemsets mined = new FpGrowth().mine(database(testCase), testCase.parameters());

        Map<Itemset, Integer> expected = new HashMap<>();
        for (int mask = 1; mask < (1 << testCase.itemCount()); mask++) {
            int count = countContaining(testCase.baskets(), mask);
            if (Integer.bitCount(mask) <= testCase.maxSize() && testCase.isFrequent(count)) {
                expected.put(itemset(mask), count);
            }
        }
        assertThat(mined.counts()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(mined.basketCount()).isEqualTo(testCase.basketCount());
    }

    @Property(tries = 200)
    void ruleMetricsEqualBruteForceCounts(@ForAll("cases") Case testCase) {
        FrequentItemsets mined = new FpGrowth().mine(database(testCase), testCase.parameters());
        RuleThresholds thresholds = new RuleThresholds(testCase.confidenceTenths() / 10.0,
                testCase.liftTenths() / 10.0);

        List<AssociationRule> rules = new RuleGenerator().generate(mined, thresholds);

        Set<List<Itemset>> expectedRules = bruteForceRules(testCase);
        Set<List<Itemset>> actualRules = new HashSet<>();
        int n = testCase.basketCount();
        for (AssociationRule rule : rules) {
            actualRules.add(List.of(rule.antecedent(), rule.consequent()));
            int antecedent = countContaining(testCase.baskets(), mask(rule.antecedent()));
            int consequent = countContaining(testCase.baskets(), mask(rule.consequent()));
            int both = countContaining(testCase.baskets(), mask(rule.antecedent()) | mask(rule.consequent()));

            assertThat(rule.count()).isEqualTo(both);
            assertThat(rule.antecedentCount()).isEqualTo(antecedent);
            assertThat(rule.consequentCount()).isEqualTo(consequent);
            assertThat(rule.support()).isCloseTo(both / (double) n, within(1e-12));
            assertThat(rule.confidence()).isCloseTo(both / (double) antecedent, within(1e-12));
            double pA = antecedent / (double) n;
            double pC = consequent / (double) n;
            double pAC = both / (double) n;
            assertThat(rule.lift()).isCloseTo(pAC / (pA * pC), within(1e-9));
            assertThat(rule.leverage()).isCloseTo(pAC - pA * pC, within(1e-12));
            if (both == antecedent) {
                assertThat(rule.conviction()).isInfinite();
            } else {
                assertThat(rule.conviction()).isCloseTo((1 - pC) / (1 - both / (double) antecedent), within(1e-9));
            }
        }
        assertThat(actualRules).isEqualTo(expectedRules);
        assertThat(rules).hasSameSizeAs(actualRules);
        assertSortedByLiftConfidenceSupportItems(rules);
    }

    /**
     * Enumerates every rule X -> Y with X and Y non-empty and disjoint and X u Y frequent, and applies the
     * thresholds in integer arithmetic.
     */
    private static Set<List<Itemset>> bruteForceRules(Case testCase) {
        Set<List<Itemset>> rules = new HashSet<>();
        int n = testCase.basketCount();
        for (int union = 1; union < (1 << testCase.itemCount()); union++) {
            int unionCount = countContaining(testCase.baskets(), union);
            if (Integer.bitCount(union) < 2 || Integer.bitCount(union) > testCase.maxSize()
                    || !testCase.isFrequent(unionCount)) {
                continue;
            }
            for (int antecedent = (union - 1) & union; antecedent > 0; antecedent = (antecedent - 1) & union) {
                int consequent = union & ~antecedent;
                long antecedentCount = countContaining(testCase.baskets(), antecedent);
                long consequentCount = countContaining(testCase.baskets(), consequent);
                boolean confident = 10L * unionCount >= testCase.confidenceTenths() * antecedentCount;
                boolean lifted = 10L * unionCount * n >= testCase.liftTenths() * antecedentCount * consequentCount;
                if (confident && lifted) {
                    rules.add(List.of(itemset(antecedent), itemset(consequent)));
                }
            }
        }
        return rules;
    }

    private static void assertSortedByLiftConfidenceSupportItems(List<AssociationRule> rules) {
        for (int i = 1; i < rules.size(); i++) {
            AssociationRule before = rules.get(i - 1);
            AssociationRule after = rules.get(i);
            assertThat(before.lift()).isGreaterThanOrEqualTo(after.lift());
            if (before.lift() == after.lift()) {
                assertThat(before.confidence()).isGreaterThanOrEqualTo(after.confidence());
                if (before.confidence() == after.confidence()) {
                    assertThat(before.support()).isGreaterThanOrEqualTo(after.support());
                    if (before.support() == after.support()) {
                        String beforeKey = before.antecedent().join("|") + ">" + before.consequent().join("|");
                        String afterKey = after.antecedent().join("|") + ">" + after.consequent().join("|");
                        assertThat(List.of(before.antecedent(), before.consequent()))
                                .as("%s before %s", beforeKey, afterKey)
                                .isNotEqualTo(List.of(after.antecedent(), after.consequent()));
                        int byAntecedent = before.antecedent().compareTo(after.antecedent());
                        assertThat(byAntecedent < 0
                                || byAntecedent == 0 && before.consequent().compareTo(after.consequent()) < 0)
                                .as("%s sorts before %s", beforeKey, afterKey).isTrue();
                    }
                }
            }
        }
    }

    private static TransactionDatabase database(Case testCase) {
        List<Basket> baskets = new ArrayList<>();
        for (int i = 0; i < testCase.basketCount(); i++) {
            Set<String> items = new HashSet<>();
            int basket = testCase.baskets().get(i);
            for (int item = 0; item < testCase.itemCount(); item++) {
                if ((basket & (1 << item)) != 0) {
                    items.add(name(item));
                }
            }
            baskets.add(Basket.of("basket " + i, items));
        }
        return new TransactionDatabase(baskets);
    }

    private static int countContaining(List<Integer> baskets, int mask) {
        int count = 0;
        for (int basket : baskets) {
            if ((basket & mask) == mask) {
                count++;
            }
        }
        return count;
    }

    private static int mask(Set<Integer> items) {
        int mask = 0;
        for (int item : items) {
            mask |= 1 << item;
        }
        return mask;
    }

    private static int mask(Itemset itemset) {
        int mask = 0;
        for (String item : itemset.items()) {
            mask |= 1 << Integer.parseInt(item.substring(1));
        }
        return mask;
    }

    private static Itemset itemset(int mask) {
        List<String> items = new ArrayList<>();
        for (int item = 0; item < 8; item++) {
            if ((mask & (1 << item)) != 0) {
                items.add(name(item));
            }
        }
        return new Itemset(items);
    }

    private static String name(int item) {
        return "p" + item;
    }
}
