package io.idem.store;

/** PostgreSQL 13 or later: the production store. */
public record PostgresDialect() implements SqlDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String identifierQuote() {
        return "\"";
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case STRING -> "TEXT";
            case INTEGER -> "BIGINT";
            case NUMBER -> "DOUBLE PRECISION";
            case MONEY -> "NUMERIC(18,4)";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    @Override
    public String daysBetween(String start, String end) {
        // Subtracting two dates yields an integer number of days in PostgreSQL.
        return "(CAST(" + end + " AS DATE) - CAST(" + start + " AS DATE))";
    }

    @Override
    public String addDays(String date, String days) {
        return "(CAST(" + date + " AS DATE) + CAST(" + days + " AS INTEGER))";
    }

    @Override
    public String lastDayOfMonth(String date) {
        return "CAST(date_trunc('month', CAST(" + date + " AS DATE)) + INTERVAL '1 month' - INTERVAL '1 day' AS DATE)";
    }

    @Override
    public String lastValue(String value, String date, String line, String filter) {
        return "(array_agg(" + value + " ORDER BY " + date + " DESC, " + line + " DESC) FILTER (WHERE " + filter + "))[1]";
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public String rowHash(java.util.List<String> columns) {
        // The text of a row value writes null as nothing and an empty string as "", so they differ.
        return "hashtextextended(CAST(ROW(" + String.join(", ", columns) + ") AS TEXT), 0)";
    }

    /** Indexes the table by {@code sortColumns} and refreshes its statistics so the planner uses the index for a few accounts. */
    @Override
    public java.util.List<String> clusterStatements(String table, java.util.List<String> sortColumns) {
        String order = String.join(", ", sortColumns.stream().map(this::quoteIdentifier).toList());
        String index = quoteIdentifier(table + "_by_account");
        // A renamed previous version of the table may still own the index name.
        return java.util.List.of(
                "DROP INDEX IF EXISTS " + index,
                "CREATE INDEX " + index + " ON " + quoteIdentifier(table) + " (" + order + ")",
                "ANALYZE " + quoteIdentifier(table));
    }
}
