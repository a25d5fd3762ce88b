package io.idem.affinity.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FpGrowthTest {

    private final FpGrowth fpGrowth = new FpGrowth();

    /**
     * Five baskets where f and c appear 4 times and a, b, m, p 3 times. At minimum count 3 the frequent
     * itemsets, counted by hand, are the six items, every subset of {a, c, f, m} (all in baskets 1, 2 and 5),
     * and {c, p} (baskets 1, 4 and 5).
     */
    @Test
    void minesWorkedExampleExactly() {
        TransactionDatabase database = database(
                Set.of("f", "a", "c", "d", "g", "i", "m", "p"),
                Set.of("a", "b", "c", "f", "l", "m", "o"),
                Set.of("b", "f", "h", "j", "o"),
                Set.of("b", "c", "k", "s", "p"),
                Set.of("a", "f", "c", "e", "l", "p", "m", "n"));

        FrequentItemsets frequent = fpGrowth.mine(database, MiningParameters.unlimited(new MinimumSupport.Count(3)));

        Map<Itemset, Integer> expected = new HashMap<>();
        expected.put(Itemset.of("f"), 4);
        expected.put(Itemset.of("c"), 4);
        expected.put(Itemset.of("b"), 3);
        expected.put(Itemset.of("p"), 3);
        expected.put(Itemset.of("c", "p"), 3);
        List<String> acfm = List.of("a", "c", "f", "m");
        for (int mask = 1; mask < 16; mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(acfm.get(i));
                }
            }
            expected.putIfAbsent(Itemset.of(subset), 3);
        }
        assertThat(frequent.counts()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(frequent.size()).isEqualTo(18);
        assertThat(frequent.minimumCount()).isEqualTo(3);
        assertThat(frequent.basketCount()).isEqualTo(5);
    }

    @Test
    void maxItemsetSizeCutsLargerItemsets() {
        TransactionDatabase database = database(
                Set.of("a", "b", "c"), Set.of("a", "b", "c"), Set.of("a", "b"), Set.of("c"));

        FrequentItemsets frequent = fpGrowth.mine(database, new MiningParameters(new MinimumSupport.Count(1), 2));

        assertThat(frequent.counts().keySet()).allMatch(itemset -> itemset.size() <= 2);
        assertThat(frequent.count(Itemset.of("a", "b"))).hasValue(3);
        assertThat(frequent.count(Itemset.of("a", "c"))).hasValue(2);
        assertThat(frequent.count(Itemset.of("a", "b", "c"))).isEmpty();
        assertThat(frequent.size()).isEqualTo(6);
    }

    @Test
    void identicalBasketsFormSinglePath() {
        TransactionDatabase database = database(Set.of("x", "y", "z"), Set.of("x", "y", "z"), Set.of("x", "y"));

        FrequentItemsets frequent = fpGrowth.mine(database, MiningParameters.unlimited(new MinimumSupport.Count(2)));

        assertThat(frequent.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Itemset.of("x"), 3, Itemset.of("y"), 3, Itemset.of("z"), 2,
                Itemset.of("x", "y"), 3, Itemset.of("x", "z"), 2, Itemset.of("y", "z"), 2,
                Itemset.of("x", "y", "z"), 2));
    }

    @Test
    void fractionSupportRoundsUpWithoutFloatingPointDrift() {
        // 0.1 x 30 is 3.0000000000000004 in double arithmetic, which would wrongly demand 4 baskets.
        assertThat(new MinimumSupport.Fraction(0.1).minimumCount(30)).isEqualTo(3);
        assertThat(new MinimumSupport.Fraction(0.1).minimumCount(31)).isEqualTo(4);
        assertThat(new MinimumSupport.Fraction(1.0).minimumCount(7)).isEqualTo(7);
        assertThat(new MinimumSupport.Fraction(0.5).minimumCount(0)).isEqualTo(1);
    }

    @Test
    void fractionSupportKeepsItemsetAtExactThreshold() {
        List<Set<String>> baskets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            baskets.add(i < 3 ? Set.of("a", "b") : Set.of("c"));
        }

        FrequentItemsets frequent = fpGrowth.mine(database(baskets),
                MiningParameters.unlimited(new MinimumSupport.Fraction(0.1)));

        assertThat(frequent.count(Itemset.of("a", "b"))).hasValue(3);
    }

    @Test
    void emptyBasketsCountInDenominatorOnly() {
        TransactionDatabase database = database(Set.of("a"), Set.of(), Set.of(), Set.of("a"));

        FrequentItemsets frequent = fpGrowth.mine(database,
                MiningParameters.unlimited(new MinimumSupport.Fraction(0.5)));

        assertThat(frequent.basketCount()).isEqualTo(4);
        assertThat(frequent.counts()).containsExactlyEntriesOf(Map.of(Itemset.of("a"), 2));
    }

    @Test
    void emptyDatabaseHasNoFrequentItemsets() {
        FrequentItemsets frequent = fpGrowth.mine(new TransactionDatabase(List.of()),
                MiningParameters.unlimited(new MinimumSupport.Fraction(0.1)));

        assertThat(frequent.size()).isZero();
        assertThat(frequent.basketCount()).isZero();
    }

    @Test
    void minimumSupportRejectsOutOfRangeValues() {
        assertThatThrownBy(() -> new MinimumSupport.Fraction(0.0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new MinimumSupport.Fraction(1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> new MinimumSupport.Fraction(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new MinimumSupport.Count(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new MiningParameters(new MinimumSupport.Count(1), 0))
                .hasMessageContaining("maxItemsetSize");
    }

    @Test
    void itemsetSortsAndOrdersLexicographically() {
        assertThat(Itemset.of("b", "a", "b").items()).containsExactly("a", "b");
        assertThat(Itemset.of("a")).isLessThan(Itemset.of("a", "b"));
        assertThat(Itemset.of("a", "c")).isGreaterThan(Itemset.of("a", "b", "z"));
        assertThatThrownBy(() -> new Itemset(List.of())).hasMessageContaining("at least one item");
    }

    @SafeVarargs
    private static TransactionDatabase database(Set<String>... baskets) {
        return database(List.of(baskets));
    }

    private static TransactionDatabase database(List<Set<String>> baskets) {
        List<Basket> list = new ArrayList<>();
        for (int i = 0; i < baskets.size(); i++) {
            list.add(Basket.of("b" + i, baskets.get(i)));
        }
        return new TransactionDatabase(list);
    }
}
