package io.idem.affinity.input;

/** The layout of a transaction file. */
public enum InputFormat {
    /** One basket per line, items separated by a delimiter. Baskets have no ids. */
    BASKETS,
    /** A CSV with a header and one account-product pair per row; the rows of one account make its basket. */
    PAIRS,
    /** PAIRS when the first line names both the account and the product column, BASKETS otherwise. */
    AUTO
}
