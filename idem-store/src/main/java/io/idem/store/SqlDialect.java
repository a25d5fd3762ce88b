package io.idem.store;

import java.util.regex.Pattern;

/**
 * Everything that differs between the SQL engines Idem runs on. Code that builds SQL asks the
 * dialect and never checks which engine is in use. Identifiers reach SQL only through
 * {@link #quoteIdentifier(String)}, which accepts a closed character set; every value is bound as a
 * JDBC parameter.
 */
public sealed interface SqlDialect permits DuckDbDialect, PostgresDialect, SparkDialect {

    /** Identifiers Idem creates or accepts from a workspace: letters, digits and underscores. */
    Pattern SAFE_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    String name();

    /**
     * Quotes a table or column name. Rejects anything outside {@link #SAFE_IDENTIFIER}, so a name
     * from a workspace file can never close the quote and inject SQL.
     */
    default String quoteIdentifier(String identifier) {
        if (identifier == null || !SAFE_IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("invalid SQL identifier '" + identifier
                    + "': use letters, digits and underscores, starting with a letter or underscore");
        }
        return identifierQuote() + identifier + identifierQuote();
    }

    String identifierQuote();

    /** Returns the engine's type for a logical column type. */
    String typeName(ColumnType type);

    /** Returns an expression for the whole days from {@code start} to {@code end} (end minus start). */
    String daysBetween(String start, String end);

    /** Returns an expression for the date {@code date} plus {@code days} (an integer expression). */
    String addDays(String date, String days);

    /** Returns an expression for the last day of the month that contains {@code date}. */
    String lastDayOfMonth(String date);

    /** Returns a typed placeholder for a bound date parameter. */
    default String dateParameter() {
        return "CAST(? AS DATE)";
    }

    /** Returns an expression that casts to a double-precision number. */
    default String castToDouble(String expression) {
        return "CAST(" + expression + " AS DOUBLE PRECISION)";
    }

    /** Returns the clause that makes an INSERT skip rows whose key already exists. */
    default String insertIgnoreSuffix(String conflictColumns) {
        return " ON CONFLICT (" + conflictColumns + ") DO NOTHING";
    }

    /**
     * Returns an aggregate for the value on the latest row of a group among rows that pass
     * {@code filter}, ties broken by the highest {@code line}.
     */
    String lastValue(String value, String date, String line, String filter);

    /** Returns the number of months from the month of {@code start} to the month of {@code end}. */
    default String monthsBetween(String start, String end) {
        return "((EXTRACT(YEAR FROM " + end + ") - EXTRACT(YEAR FROM " + start + ")) * 12 + EXTRACT(MONTH FROM " + end
                + ") - EXTRACT(MONTH FROM " + start + "))";
    }

    /** Returns whether the engine supports {@code FILTER (WHERE ...)} on aggregates. */
    boolean supportsAggregateFilter();

    /**
     * Returns a 64-bit hash of the values of {@code columns} (already quoted expressions) on one
     * row. The importer sums it per account over the old and the new version of a table to find
     * the accounts whose rows changed, so a null and an empty string must hash differently.
     */
    String rowHash(java.util.List<String> columns);

    /**
     * Returns the statements that make a filter on the leading {@code sortColumns} of a freshly
     * loaded {@code table} read only the matching rows, so that re-evaluating a few accounts does
     * not scan the whole table. Names are unquoted; the statements run in the loader's transaction.
     */
    java.util.List<String> clusterStatements(String table, java.util.List<String> sortColumns);

    /**
     * Returns the session statements that let a join with a small table of about {@code keys} ids
     * filter the scan of a large table by those ids, and {@link #afterSmallJoins()} undoes them.
     */
    default java.util.List<String> beforeSmallJoins(int keys) {
        return java.util.List.of();
    }

    /** Returns the statements that undo {@link #beforeSmallJoins(int)}. */
    default java.util.List<String> afterSmallJoins() {
        return java.util.List.of();
    }
}
