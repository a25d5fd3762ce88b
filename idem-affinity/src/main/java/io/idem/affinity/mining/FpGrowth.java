package io.idem.affinity.mining;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact frequent itemset mining with FP-growth (Han, Pei and Yin, "Mining Frequent Patterns without Candidate
 * Generation", SIGMOD 2000). Two passes over the baskets: the first counts items, the second builds the FP-tree.
 * Mining then grows patterns from each frequent item's conditional FP-tree, and enumerates the combinations of a
 * single-path tree directly, as in the paper's procedure FP-growth.
 *
 * <p>Every frequent itemset up to the size limit is reported exactly once with its exact basket count.
 */
public final class FpGrowth {

    private static final Logger LOG = LoggerFactory.getLogger(FpGrowth.class);

    /**
     * Mines every itemset contained in at least the minimum number of baskets.
     *
     * @return the frequent itemsets with their counts; empty when the database is empty or nothing is frequent
     */
    public FrequentItemsets mine(TransactionDatabase database, MiningParameters parameters) {
        requireNonNull(database, "database is null");
        requireNonNull(parameters, "parameters is null");

        int basketCount = database.size();
        long minimumCount = parameters.minimumSupport().minimumCount(basketCount);
        List<String> rankedItems = rankFrequentItems(database, minimumCount);
        FpTree tree = buildTree(database, rankedItems);

        Run run = new Run(rankedItems, minimumCount, parameters.maxItemsetSize());
        run.grow(tree, new int[0]);

        LOG.debug("Mined {} frequent itemsets from {} baskets at minimum count {} ({} frequent items)",
                run.counts.size(), basketCount, minimumCount, rankedItems.size());
        return new FrequentItemsets(basketCount, minimumCount, run.counts);
    }

    /** Returns the frequent items by descending count, ties broken by name so that runs are reproducible. */
    private static List<String> rankFrequentItems(TransactionDatabase database, long minimumCount) {
        Map<String, Integer> itemCounts = new HashMap<>();
        for (Basket basket : database.baskets()) {
            for (String item : basket.items()) {
                itemCounts.merge(item, 1, Integer::sum);
            }
        }
        return itemCounts.entrySet().stream()
                .filter(entry -> entry.getValue() >= minimumCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static FpTree buildTree(TransactionDatabase database, List<String> rankedItems) {
        Map<String, Integer> rankOf = new HashMap<>();
        for (int rank = 0; rank < rankedItems.size(); rank++) {
            rankOf.put(rankedItems.get(rank), rank);
        }

        FpTree tree = new FpTree(rankedItems.size());
        int[] ranks = new int[rankedItems.size()];
        for (Basket basket : database.baskets()) {
            int length = 0;
            for (String item : basket.items()) {
                Integer rank = rankOf.get(item);
                if (rank != null) {
                    ranks[length++] = rank;
                }
            }
            Arrays.sort(ranks, 0, length);
            tree.insert(ranks, length, 1);
        }
        return tree;
    }

    /** State of one mining run: the item names by rank, the thresholds and the itemsets found so far. */
    private static final class Run {

        private final List<String> rankedItems;
        private final long minimumCount;
        private final int maxItemsetSize;
        private final TreeMap<Itemset, Integer> counts = new TreeMap<>();

        private Run(List<String> rankedItems, long minimumCount, int maxItemsetSize) {
            this.rankedItems = rankedItems;
            this.minimumCount = minimumCount;
            this.maxItemsetSize = maxItemsetSize;
        }

        /** Reports every frequent itemset that extends {@code suffix} with items of {@code tree}. */
        private void grow(FpTree tree, int[] suffix) {
            List<FpTree.Node> path = tree.singlePath();
            if (path != null) {
                growSinglePath(path, 0, suffix);
                return;
            }

            // Least frequent item first, as in the paper; the order does not change the result.
            for (int rank = tree.rankCount() - 1; rank >= 0; rank--) {
                int count = tree.itemCount(rank);
                if (count < minimumCount) {
                    continue;
                }
                int[] grown = append(suffix, rank);
                report(grown, count);
                if (grown.length < maxItemsetSize) {
                    FpTree conditional = tree.conditionalTree(rank, minimumCount);
                    if (!conditional.isEmpty()) {
                        grow(conditional, grown);
                    }
                }
            }
        }

        /**
         * Reports every combination of the path nodes from {@code start} on, joined to {@code suffix}. On a single
         * path the count of a combination is the count of its deepest node, because counts never grow downwards.
         */
        private void growSinglePath(List<FpTree.Node> path, int start, int[] suffix) {
            for (int i = start; i < path.size(); i++) {
                FpTree.Node node = path.get(i);
                if (node.count() < minimumCount) {
                    return;
                }
                int[] grown = append(suffix, node.rank());
                report(grown, node.count());
                if (grown.length < maxItemsetSize) {
                    growSinglePath(path, i + 1, grown);
                }
            }
        }

        private void report(int[] ranks, int count) {
            List<String> items = new ArrayList<>(ranks.length);
            for (int rank : ranks) {
                items.add(rankedItems.get(rank));
            }
            Itemset itemset = new Itemset(items);
            Integer previous = counts.put(itemset, count);
            if (previous != null) {
                throw new IllegalStateException("FP-growth reported " + itemset + " twice");
            }
        }

        private static int[] append(int[] values, int value) {
            int[] appended = Arrays.copyOf(values, values.length + 1);
            appended[values.length] = value;
            return appended;
        }
    }
}
