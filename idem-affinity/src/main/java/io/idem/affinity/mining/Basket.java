package io.idem.affinity.mining;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One transaction: the products an account owns, or the items of one order. An empty basket is valid and still
 * counts in the number of baskets, which is the denominator of every support.
 *
 * @param id the account id, or a line reference when the input has no ids
 * @param items the distinct item names, sorted
 */
public record Basket(String id, SortedSet<String> items) {

    public Basket {
        requireNonNull(id, "id is null");
        requireNonNull(items, "items is null");
        TreeSet<String> copy = new TreeSet<>();
        for (String item : items) {
            requireNonNull(item, "item is null in basket " + id);
            if (item.isBlank()) {
                throw new IllegalArgumentException("item name is blank in basket " + id);
            }
            copy.add(item);
        }
        items = Collections.unmodifiableSortedSet(copy);
    }

    public static Basket of(String id, Set<String> items) {
        return new Basket(id, new TreeSet<>(items));
    }
}
