package io.idem.affinity.mining;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A non-empty set of item names, kept sorted and free of duplicates so that equal sets compare, hash and print
 * the same way. Itemsets order lexicographically item by item, and a prefix sorts before its extensions.
 */
public record Itemset(List<String> items) implements Comparable<Itemset> {

    public Itemset {
        requireNonNull(items, "items is null");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an itemset needs at least one item");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String item : items) {
            requireNonNull(item, "item is null");
            if (item.isBlank()) {
                throw new IllegalArgumentException("item name is blank in " + items);
            }
            sorted.add(item);
        }
        items = List.copyOf(sorted);
    }

    public static Itemset of(String... items) {
        return new Itemset(List.of(items));
    }

    public static Itemset of(Collection<String> items) {
        return new Itemset(new ArrayList<>(items));
    }

    public int size() {
        return items.size();
    }

    /** Returns whether every item of this itemset is in {@code owned}. */
    public boolean isContainedIn(Collection<String> owned) {
        return owned.containsAll(items);
    }

    /** Returns whether none of the items of this itemset is in {@code owned}. */
    public boolean isDisjointFrom(Collection<String> owned) {
        for (String item : items) {
            if (owned.contains(item)) {
                return false;
            }
        }
        return true;
    }

    public Itemset union(Itemset other) {
        List<String> all = new ArrayList<>(items);
        all.addAll(other.items);
        return new Itemset(all);
    }

    /** Joins the sorted items with {@code separator}, for display and CSV output. */
    public String join(String separator) {
        return String.join(separator, items);
    }

    @Override
    public int compareTo(Itemset other) {
        int common = Math.min(items.size(), other.items.size());
        for (int i = 0; i < common; i++) {
            int byItem = items.get(i).compareTo(other.items.get(i));
            if (byItem != 0) {
                return byItem;
            }
        }
        return Integer.compare(items.size(), other.items.size());
    }

    @Override
    public String toString() {
        return "{" + join(", ") + "}";
    }
}
