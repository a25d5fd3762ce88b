package io.idem.store;

/** DuckDB 1.4: the embedded default store. */
public record DuckDbDialect() implements SqlDialect {

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
}
