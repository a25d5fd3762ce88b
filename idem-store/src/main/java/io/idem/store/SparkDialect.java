package io.idem.store;

/** Spark SQL 4 (ANSI mode), for workspaces evaluated on a cluster. */
public record SparkDialect() implements SqlDialect {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String identifierQuote() {
        return "`";
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case STRING -> "STRING";
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
        return "datediff(CAST(" + end + " AS DATE), CAST(" + start + " AS DATE))";
    }

    @Override
    public String addDays(String date, String days) {
        return "date_add(CAST(" + date + " AS DATE), CAST(" + days + " AS INT))";
    }

    @Override
    public String lastDayOfMonth(String date) {
        return "last_day(CAST(" + date + " AS DATE))";
    }

    @Override
    public String castToDouble(String expression) {
        return "CAST(" + expression + " AS DOUBLE)";
    }

    @Override
    public String insertIgnoreSuffix(String conflictColumns) {
        throw new UnsupportedOperationException("Spark SQL has no INSERT ... ON CONFLICT; Idem does not write its state tables on Spark");
    }

    @Override
    public String lastValue(String value, String date, String line, String filter) {
        // max_by over a struct orders by date first and line second.
        return "max_by(CASE WHEN " + filter + " THEN " + value + " END, CASE WHEN " + filter + " THEN struct(" + date + ", " + line + ") END)";
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public String rowHash(java.util.List<String> columns) {
        return "xxhash64(" + String.join(", ", columns) + ")";
    }

    @Override
    public java.util.List<String> clusterStatements(String table, java.util.List<String> sortColumns) {
        throw new UnsupportedOperationException("Idem does not import into Spark, so it never clusters a Spark table");
    }
}
