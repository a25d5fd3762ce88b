package io.idem.workspace;

/** How a feature folds the rows of its source that fall in its window into one value per account. */
public enum Aggregate {
    /** Number of rows. */
    COUNT,
    SUM,
    AVG,
    MIN,
    MAX,
    /** Number of distinct non-missing values of the column. */
    COUNT_DISTINCT,
    /** The column's value on the row with the latest date. */
    LAST,
    /** Days from the latest row's date to the as-of date. */
    DAYS_SINCE_LAST,
    /** Days from the earliest row's date to the as-of date. */
    DAYS_SINCE_FIRST,
    /** Sum of the column over subscriptions active on the window's end date (start on or before it, end blank or after it). */
    SUM_ACTIVE,
    /**
     * Days from the as-of date to the next renewal of the account's active subscriptions: the next
     * anniversary of a start date, every 12 months when the optional {@code billing_period} column says
     * annual or yearly, every 3 months for quarterly, and every month otherwise.
     */
    DAYS_TO_RENEWAL,
    /**
     * Least-squares slope of the weekly totals of the column (or of the row counts without a
     * column) against time, in units per week: positive when growing. Week 0 is the 7 days ending
     * on the window's end date, and week 1 the 7 days before. Weeks without rows count as 0. Needs
     * a window of whole weeks, at least 2.
     */
    TREND;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Returns whether the aggregate reads a value column (as opposed to counting rows or dates). */
    public boolean needsColumn() {
        return switch (this) {
            case COUNT, DAYS_SINCE_LAST, DAYS_SINCE_FIRST, DAYS_TO_RENEWAL, TREND -> false;
            case SUM, AVG, MIN, MAX, COUNT_DISTINCT, LAST, SUM_ACTIVE -> true;
        };
    }

    /**
     * Returns what is wrong with a window for {@link #TREND}, or empty when it is valid: the slope
     * needs whole weeks so that every week has 7 days, and at least 2 of them to fit a line.
     */
    public static java.util.Optional<String> trendWindowProblem(Integer windowDays) {
        if (windowDays == null) {
            return java.util.Optional.of("trend needs a window of whole weeks, found none");
        }
        if (windowDays % 7 != 0) {
            return java.util.Optional.of("trend needs a window of whole weeks, found " + windowDays + "d");
        }
        if (windowDays < 14) {
            return java.util.Optional.of("trend needs a window of at least 2 weeks to fit a slope, found " + windowDays + "d");
        }
        return java.util.Optional.empty();
    }
}
