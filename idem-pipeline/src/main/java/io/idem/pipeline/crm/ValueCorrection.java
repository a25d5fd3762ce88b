package io.idem.pipeline.crm;

import static java.util.Objects.requireNonNull;

/**
 * A rule that replaces one exact value of one column with its intended spelling.
 *
 * @param table table (file name without .csv) the rule applies to
 * @param column column the rule applies to
 * @param from value as the export writes it, matched exactly and case-sensitively
 * @param to value the reader keeps instead
 * @param reason why the replacement is safe, for the import log
 */
public record ValueCorrection(String table, String column, String from, String to, String reason) {

    public ValueCorrection {
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(reason, "reason is null");
        if (from.equals(to)) {
            throw new IllegalArgumentException("correction of " + table + "." + column + " maps '" + from
                    + "' to itself");
        }
    }

    /** Returns a label such as {@code accounts.sector: technolgy -> technology}. */
    public String label() {
        return table + "." + column + ": " + from + " -> " + to;
    }
}
