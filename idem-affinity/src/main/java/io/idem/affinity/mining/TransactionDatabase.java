package io.idem.affinity.mining;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The baskets to mine, in input order. Basket ids need not be unique when they are only line references. */
public record TransactionDatabase(List<Basket> baskets) {

    public TransactionDatabase {
        requireNonNull(baskets, "baskets is null");
        baskets = List.copyOf(baskets);
    }

    public int size() {
        return baskets.size();
    }
}
