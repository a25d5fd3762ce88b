package io.idem.identify;

/** The SQL engines a store runs on; tests that touch SQL run once on each. */
enum Engine {
    DUCKDB,
    POSTGRESQL
}
