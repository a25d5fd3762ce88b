package io.idem.ingest;

import java.util.Objects;

/**
 * How often an {@link ImportRule} applied to one column of one source.
 *
 * @param column the column the rule applied to, or the key or link columns joined with commas
 * @param count  the number of values (conversion rules) or rows (the other rules), always positive
 */
public record RuleWarning(ImportRule rule, String column, long count) {

    public RuleWarning {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(column, "column is null");
        if (count <= 0) {
            throw new IllegalArgumentException("count of rule " + rule.code() + " must be positive, got " + count);
        }
    }

    /** Returns a sentence for logs and reports, for example "column closed_at: 3 date-only values ...". */
    public String message() {
        String outcome = switch (rule.outcome()) {
            case CONVERTED -> "";
            case QUARANTINED -> " (quarantined)";
            case KEPT -> " (kept)";
        };
        return "column " + column + ": " + count + " " + rule.description() + outcome;
    }
}
