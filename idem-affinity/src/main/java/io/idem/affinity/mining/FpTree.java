package io.idem.affinity.mining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frequent-pattern tree (Han, Pei and Yin, "Mining Frequent Patterns without Candidate Generation", SIGMOD 2000):
 * a prefix tree of baskets whose items are sorted by descending global frequency, so baskets that share their most
 * frequent items share a path. A header table links all nodes of the same item.
 *
 * <p>Items are represented by their rank in the global frequency order (0 is the most frequent). Conditional trees
 * keep the same ranks, so a path from the root always visits ranks in ascending order.
 */
final class FpTree {

    static final class Node {

        private final int rank;
        private final Node parent;
        private int count;
        private Node nextSameItem;
        private Map<Integer, Node> children;

        private Node(int rank, Node parent) {
            this.rank = rank;
            this.parent = parent;
        }

        int rank() {
            return rank;
        }

        int count() {
            return count;
        }
    }

    private final Node root = new Node(-1, null);
    private final int[] itemCounts;
    private final Node[] headerHeads;

    FpTree(int rankCount) {
        this.itemCounts = new int[rankCount];
        this.headerHeads = new Node[rankCount];
    }

    int rankCount() {
        return itemCounts.length;
    }

    /** Returns the total count of {@code rank} over all its nodes, 0 when the item is not in the tree. */
    int itemCount(int rank) {
        return itemCounts[rank];
    }

    boolean isEmpty() {
        return root.children == null;
    }

    /** Inserts the first {@code length} ranks of {@code ranks}, which must be ascending, with weight {@code count}. */
    void insert(int[] ranks, int length, int count) {
        Node node = root;
        for (int i = 0; i < length; i++) {
            int rank = ranks[i];
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            Node child = node.children.get(rank);
            if (child == null) {
                child = new Node(rank, node);
                child.nextSameItem = headerHeads[rank];
                headerHeads[rank] = child;
                node.children.put(rank, child);
            }
            child.count += count;
            itemCounts[rank] += count;
            node = child;
        }
    }

    /**
     * Returns the nodes from the root down when the tree is a single path, and null otherwise. An empty tree is a
     * single path of no nodes.
     */
    List<Node> singlePath() {
        List<Node> path = new ArrayList<>();
        Node node = root;
        while (node.children != null) {
            if (node.children.size() > 1) {
                return null;
            }
            node = node.children.values().iterator().next();
            path.add(node);
        }
        return path;
    }

    /**
     * Builds the conditional FP-tree of {@code rank}: the prefix paths of every node of that item (its conditional
     * pattern base), each weighted by the node's count, keeping only items whose weighted count in the pattern base
     * reaches {@code minimumCount}.
     */
    FpTree conditionalTree(int rank, long minimumCount) {
        int[] baseCounts = new int[itemCounts.length];
        for (Node node = headerHeads[rank]; node != null; node = node.nextSameItem) {
            for (Node ancestor = node.parent; ancestor != root; ancestor = ancestor.parent) {
                baseCounts[ancestor.rank] += node.count;
            }
        }

        FpTree conditional = new FpTree(itemCounts.length);
        int[] path = new int[itemCounts.length];
        for (Node node = headerHeads[rank]; node != null; node = node.nextSameItem) {
            int length = 0;
            for (Node ancestor = node.parent; ancestor != root; ancestor = ancestor.parent) {
                if (baseCounts[ancestor.rank] >= minimumCount) {
                    path[length++] = ancestor.rank;
                }
            }
            // Walking up the tree yields descending ranks; insertion needs them ascending.
            reverse(path, length);
            if (length > 0) {
                conditional.insert(path, length, node.count);
            }
        }
        return conditional;
    }

    private static void reverse(int[] values, int length) {
        for (int i = 0, j = length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
