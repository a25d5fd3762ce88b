package io.idem.store;

/**
 * Logical column types shared by the workspace, the importer and the SQL dialects.
 * Money is stored as a decimal with four fractional digits so that sums of many
 * small amounts stay exact.
 */
public enum ColumnType {
    STRING,
    INTEGER,
    NUMBER,
    MONEY,
    DATE,
    TIMESTAMP,
    BOOLEAN;

    /** Returns the name used in idem.yaml, for example {@code money}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
