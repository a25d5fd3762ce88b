package io.idem.store;

/** DuckDB 1.4: the embedded default store. */
public record DuckDbDialect() implements SqlDialect {

    /** NOTE: a guess at where pushing a join's keys into a scan stops paying off; not measured above 1,000 ids. */
    private static final long MAX_PUSHED_KEYS = 1_000_000L;

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String identifierQuote() {
        return "\"";
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case NUMBER -> "DOUBLE";
            case MONEY -> "DECIMAL(18,4)";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    @Override
    public String daysBetween(String start, String end) {
        return "date_diff('day', CAST(" + start + " AS DATE), CAST(" + end + " AS DATE))";
    }

    @Override
    public String addDays(String date, String days) {
        return "CAST(CAST(" + date + " AS DATE) + CAST(" + days + " AS INTEGER) AS DATE)";
    }

    @Override
    public String lastDayOfMonth(String date) {
        return "last_day(CAST(" + date + " AS DATE))";
    }

    @Override
    public String lastValue(String value, String date, String line, String filter) {
        return "first(" + value + " ORDER BY " + date + " DESC, " + line + " DESC) FILTER (WHERE " + filter + ")";
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    /**
     * Raises dynamic_or_filter_threshold, the build-side size up to which DuckDB 1.4 pushes a
     * join's keys into the probe-side scan as an IN filter (default 50). Above it only the keys'
     * min and max are pushed, which skip nothing when the keys are spread over the table. The
     * limit allows for a link source (such as subscriptions) with many rows per account.
     * On 100 million rows sorted by account, this made a join with 1,000 ids about 4 times faster
     * in one experiment on the 2-core machine of docs/benchmarks.md.
     */
    @Override
    public java.util.List<String> beforeSmallJoins(int keys) {
        long threshold = Math.min(MAX_PUSHED_KEYS, Math.max(50L, 100L * keys));
        return java.util.List.of("SET dynamic_or_filter_threshold = " + threshold);
    }

    @Override
    public java.util.List<String> afterSmallJoins() {
        return java.util.List.of("RESET dynamic_or_filter_threshold");
    }

    @Override
    public String rowHash(java.util.List<String> columns) {
        // hash() is variadic in DuckDB and gives a null argument its own hash value.
        return "hash(" + String.join(", ", columns) + ")";
    }

    /**
     * Rewrites the table sorted by {@code sortColumns}. DuckDB keeps min/max statistics per row
     * group and column segment and skips those whose range excludes a filter's values, so sorted
     * rows let a filter on a few accounts skip most of the table. DuckDB 1.4 keeps insertion
     * order in CREATE TABLE AS with ORDER BY.
     */
    @Override
    public java.util.List<String> clusterStatements(String table, java.util.List<String> sortColumns) {
        String sorted = quoteIdentifier(table + "_sorted");
        String order = String.join(", ", sortColumns.stream().map(this::quoteIdentifier).toList());
        return java.util.List.of(
                "DROP TABLE IF EXISTS " + sorted,
                "CREATE TABLE " + sorted + " AS SELECT * FROM " + quoteIdentifier(table) + " ORDER BY " + order,
                "DROP TABLE " + quoteIdentifier(table),
                "ALTER TABLE " + sorted + " RENAME TO " + quoteIdentifier(table));
    }
}
