package io.idem.ingest;

/**
 * The explicit rules the importer applies beyond plain type conversion. Each application is
 * counted and reported in the {@link ImportSummary}, so no value is changed or dropped silently.
 */
public enum ImportRule {
    TIME_OF_DAY_DROPPED(Outcome.CONVERTED, "values of a date column had a time of day; the calendar date as written was kept"),
    DATE_AS_MIDNIGHT(Outcome.CONVERTED, "date-only values of a timestamp column were read as midnight"),
    OFFSET_CONVERTED_TO_UTC(Outcome.CONVERTED, "timestamps with a non-zero zone offset were converted to UTC"),
    INTEGRAL_DECIMAL_AS_INTEGER(Outcome.CONVERTED, "whole numbers written with a decimal part of zeros (12.0) were read as integers"),
    FORMATTED_MONEY(Outcome.CONVERTED, "money values with a currency, digit grouping, decimal comma or parentheses were read as plain amounts"),
    DUPLICATE_KEY(Outcome.QUARANTINED, "rows repeated the key of an earlier row of the same file"),
    UNMATCHED_LINK(Outcome.QUARANTINED, "rows linked to a key that no row of the linked source has"),
    USAGE_BEFORE_SUBSCRIPTION_START(Outcome.KEPT, "usage rows are dated before the start_date of their subscription"),
    USAGE_AFTER_SUBSCRIPTION_END(Outcome.KEPT, "usage rows are dated after the end_date of their subscription");

    /** The effect of a rule on the values or rows it applied to. */
    public enum Outcome { CONVERTED, QUARANTINED, KEPT }

    private final Outcome outcome;
    private final String description;

    ImportRule(Outcome outcome, String description) {
        this.outcome = outcome;
        this.description = description;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String description() {
        return description;
    }

    /** Returns the lower-case name used in logs and run.json, for example {@code duplicate_key}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
