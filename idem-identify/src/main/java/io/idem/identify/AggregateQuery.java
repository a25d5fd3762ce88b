package io.idem.identify;

import io.idem.expression.ColumnResolver;
import io.idem.expression.Expression;
import io.idem.expression.Expressions;
import io.idem.expression.SqlCompiler;
import io.idem.expression.SqlFragment;
import io.idem.expression.Scope;
import io.idem.expression.Type;
import io.idem.store.SqlDialect;
import io.idem.workspace.Aggregate;
import io.idem.workspace.Feature;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * One SQL query per source that computes all of that source's aggregate features for every
 * account in a single scan: each feature is an aggregate with its own {@code FILTER (WHERE ...)}
 * window. Window bounds and literals from {@code where} are bound parameters; identifiers pass
 * through {@link SqlDialect#quoteIdentifier(String)}.
 */
final class AggregateQuery {

    static final String TABLE_ALIAS = "t";
    private static final String LINK_ALIAS = "l";

    private final String sql;
    private final List<Object> parameters;
    private final List<Feature> features;

    private AggregateQuery(String sql, List<Object> parameters, List<Feature> features) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.features = List.copyOf(features);
    }

    String sql() {
        return sql;
    }

    List<Object> parameters() {
        return parameters;
    }

    /** Features in the order of the result columns after the first (account_id). */
    List<Feature> features() {
        return features;
    }

    static AggregateQuery build(Workspace workspace, Source source, List<Feature> features, SqlDialect dialect, LocalDate asOf) {
        return build(workspace, source, features, dialect, List.of(asOf));
    }

    /**
     * Builds one scan that computes every feature at every date: the result has the account id,
     * then for each date in order one column per feature in order.
     */
    static AggregateQuery build(Workspace workspace, Source source, List<Feature> features, SqlDialect dialect, List<LocalDate> dates) {
        return build(workspace, source, features, dialect, dates, null);
    }

    /** Builds the scan as above over the rows of the accounts in {@code subset} only, or over every row when it is null. */
    static AggregateQuery build(Workspace workspace, Source source, List<Feature> features, SqlDialect dialect, List<LocalDate> dates,
                                AccountSubset subset) {
        List<Object> parameters = new ArrayList<>();
        String accountColumn;
        String from = subset == null ? dialect.quoteIdentifier(source.tableName()) + " " + TABLE_ALIAS
                : subset.sourceRows(workspace, source, dialect, TABLE_ALIAS);
        if (source.hasAccountId()) {
            accountColumn = column(dialect, TABLE_ALIAS, "account_id");
        } else {
            Source linked = workspace.sources().get(source.accountLink().source());
            String linkColumn = source.accountLink().column();
            from += " JOIN " + dialect.quoteIdentifier(linked.tableName()) + " " + LINK_ALIAS + " ON "
                    + column(dialect, TABLE_ALIAS, linkColumn) + " = " + column(dialect, LINK_ALIAS, linkColumn);
            accountColumn = column(dialect, LINK_ALIAS, "account_id");
        }
        // A rollup reads the source once per part, which pays off over every row but not over the
        // few rows of a subset, where one scan is faster.
        if (subset == null && RollupQuery.applies(source, features, dialect)) {
            RollupQuery.Parts rollup = RollupQuery.build(source, features, dialect, dates, from, accountColumn);
            return new AggregateQuery(rollup.sql(), rollup.parameters(), features);
        }

        StringBuilder select = new StringBuilder("SELECT ").append(accountColumn).append(" AS account_id");
        for (LocalDate asOf : dates) {
            for (Feature feature : features) {
                select.append(",\n  ").append(aggregate(feature, source, dialect, asOf, parameters));
            }
        }
        String sql = select + "\nFROM " + from + "\nGROUP BY " + accountColumn;
        return new AggregateQuery(sql, parameters, features);
    }

    static String aggregate(Feature feature, Source source, SqlDialect dialect, LocalDate asOf, List<Object> parameters) {
        int firstParameter = parameters.size();
        Aggregate aggregate = feature.aggregate();
        LocalDate end = asOf.minusDays(feature.offsetDays());
        List<String> conditions = new ArrayList<>();

        if (aggregate == Aggregate.SUM_ACTIVE) {
            // Active on the window's end date: started on or before it, not yet ended.
            conditions.add(column(dialect, TABLE_ALIAS, "start_date") + " <= " + dialect.dateParameter());
            parameters.add(end);
            String endColumn = column(dialect, TABLE_ALIAS, "end_date");
            conditions.add("(" + endColumn + " IS NULL OR " + endColumn + " > " + dialect.dateParameter() + ")");
            parameters.add(end);
        } else if (source.kind().dateColumn() != null) {
            String date = dateColumn(dialect, source);
            conditions.add(date + " <= " + dialect.dateParameter());
            parameters.add(end);
            if (feature.windowDays() != null) {
                conditions.add(date + " > " + dialect.dateParameter());
                parameters.add(end.minusDays(feature.windowDays()));
            }
        }
        if (feature.where() != null) {
            SqlFragment fragment = whereFragment(feature, source, dialect, TABLE_ALIAS);
            conditions.add("(" + fragment.sql() + ")");
            parameters.addAll(fragment.parameters(asOf));
        }
        String filter = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
        String value = feature.column() == null ? null : column(dialect, TABLE_ALIAS, feature.column());

        return switch (aggregate) {
            case COUNT -> "COUNT(*) FILTER (WHERE " + filter + ")";
            case SUM, SUM_ACTIVE -> "SUM(" + value + ") FILTER (WHERE " + filter + ")";
            // Averages are taken in double precision: DuckDB averages a decimal as a double and
            // PostgreSQL as an exact numeric, so casting first makes the engines agree.
            case AVG -> "AVG(" + dialect.castToDouble(value) + ") FILTER (WHERE " + filter + ")";
            case MIN -> "MIN(" + value + ") FILTER (WHERE " + filter + ")";
            case MAX -> "MAX(" + value + ") FILTER (WHERE " + filter + ")";
            case COUNT_DISTINCT -> "COUNT(DISTINCT " + value + ") FILTER (WHERE " + filter + ")";
            case LAST -> dialect.lastValue(value, dateColumn(dialect, source), column(dialect, TABLE_ALIAS, "_line"), filter);
            case DAYS_SINCE_LAST -> "MAX(" + dateColumn(dialect, source) + ") FILTER (WHERE " + filter + ")";
            case DAYS_SINCE_FIRST -> "MIN(" + dateColumn(dialect, source) + ") FILTER (WHERE " + filter + ")";
            case DAYS_TO_RENEWAL -> throw new IllegalArgumentException("days_to_renewal is not a SQL aggregate");
            case TREND -> trend(feature, source, dialect, end, value, filter, parameters, firstParameter);
        };
    }

    /**
     * The least-squares slope of weekly totals against time in one pass, with no per-week grouping.
     * With week index k counted back from {@code end} (k = 0 for the 7 days ending on it) and n weeks,
     * time runs as -k, whose mean is -(n-1)/2. The slope is then
     * sum over weeks of (c - k) * total_k / sum over weeks of (c - k)^2, with c = (n-1)/2, and the
     * denominator is n(n^2-1)/12. Because total_k is a sum of rows, the numerator is a sum over rows
     * of (c - k(row)) * value(row): weeks without rows add 0 to it, and still count in n.
     */
    private static String trend(Feature feature, Source source, SqlDialect dialect, LocalDate end, String value, String filter,
                                List<Object> parameters, int firstParameter) {
        long weeks = feature.windowDays() / 7;
        double center = (weeks - 1) / 2.0;
        double scale = 12.0 / (weeks * (weeks * weeks - 1.0));
        String daysBack = dialect.castToDouble(dialect.daysBetween(dateColumn(dialect, source), dialect.dateParameter()));
        String week = "FLOOR(" + daysBack + " / 7)";
        String rowValue = value == null ? "1" : dialect.castToDouble(value);
        // The center and end date come before the filter's parameters in the SQL text, the scale after them.
        parameters.addAll(firstParameter, List.of(center, end));
        parameters.add(scale);
        return "SUM(" + rowValue + " * (" + dialect.castToDouble("?") + " - " + week + ")) FILTER (WHERE " + filter + ") * "
                + dialect.castToDouble("?");
    }

    /** Compiles a feature's {@code where} filter over the columns of its source, qualified by {@code alias}. */
    static SqlFragment whereFragment(Feature feature, Source source, SqlDialect dialect, String alias) {
        Expression where = Expressions.parse(feature.where());
        Map<String, Type> columnTypes = new HashMap<>();
        source.columns().values().forEach(c -> columnTypes.put(c.name(), Definitions.typeOf(c.type())));
        return SqlCompiler.compile(where, dialect, ColumnResolver.columns(dialect, alias, Scope.of(columnTypes)));
    }

    private static String dateColumn(SqlDialect dialect, Source source) {
        return "CAST(" + column(dialect, TABLE_ALIAS, source.kind().dateColumn()) + " AS DATE)";
    }

    static String column(SqlDialect dialect, String alias, String name) {
        return alias + "." + dialect.quoteIdentifier(name);
    }
}
