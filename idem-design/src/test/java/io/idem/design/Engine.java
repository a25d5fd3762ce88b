package io.idem.design;

/** The SQL engines a store runs on; tests that touch SQL run once on each. */
public enum Engine {
    DUCKDB,
    POSTGRESQL
}
