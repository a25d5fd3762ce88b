package io.idem.affinity.mining;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of mining: every frequent itemset with the number of baskets that contain it.
 *
 * @param basketCount the number of baskets mined, the denominator of support
 * @param minimumCount the basket count an itemset needed to be reported
 * @param counts the frequent itemsets in {@link Itemset} order, each with its basket count
 */
public record FrequentItemsets(int basketCount, long minimumCount, SortedMap<Itemset, Integer> counts) {

    public FrequentItemsets {
        requireNonNull(counts, "counts is null");
        if (basketCount < 0) {
            throw new IllegalArgumentException("basketCount must not be negative, but was " + basketCount);
        }
        for (Map.Entry<Itemset, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (count < minimumCount || count > basketCount) {
                throw new IllegalArgumentException("count " + count + " of " + entry.getKey()
                        + " is outside [" + minimumCount + ", " + basketCount + "]");
            }
        }
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    /** Returns the basket count of {@code itemset}, or empty when it is not frequent or exceeds the size limit. */
    public OptionalInt count(Itemset itemset) {
        Integer count = counts.get(itemset);
        return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** Returns the basket count of an itemset that must be frequent, such as a subset of a frequent itemset. */
    public int requireCount(Itemset itemset) {
        Integer count = counts.get(itemset);
        if (count == null) {
            throw new IllegalStateException(itemset + " is not among the frequent itemsets, although a superset is");
        }
        return count;
    }

    /** Returns the frequent itemsets with at least {@code minimumSize} items, in {@link Itemset} order. */
    public List<Itemset> itemsetsOfSizeAtLeast(int minimumSize) {
        return counts.keySet().stream().filter(itemset -> itemset.size() >= minimumSize).toList();
    }

    public int size() {
        return counts.size();
    }
}
