package io.idem.identify;

import io.idem.expression.SqlFragment;
import io.idem.store.SqlDialect;
import io.idem.workspace.Aggregate;
import io.idem.workspace.Feature;
import io.idem.workspace.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rollup plan of a source's aggregate query, used when some of its features are
 * {@code count_distinct}. Engines compute {@code COUNT(DISTINCT x) FILTER (...)} with one hash
 * table of (account, x) pairs per aggregate, which at millions of accounts spills to disk. The
 * rollup plan instead groups the rows once per distinct column at the (account, x) grain and
 * keeps, for each window end and {@code where} filter, the latest date of x on or before that end.
 * A distinct count over the window {@code (start, end]} is then the number of rollup rows whose
 * latest date is after {@code start}, which is a plain count per account.
 *
 * <p>The other features of the source keep their {@code FILTER} aggregates in one scan grouped by
 * account. When every one of them has a window, that scan and the rollups read only the rows of
 * the dates the windows cover. The parts are joined on the account id with full outer joins,
 * because each part contains only the accounts that have rows in its date range. An account missing
 * from a part gets nulls, which {@link FeatureEngine} reads as an empty window (0 for counts and
 * sums, missing for the others), as the one-scan plan returns for it. See
 * docs/adr/0010-rollup-plan.md.
 */
final class RollupQuery {

    private static final String DIRECT = "idem_direct";
    private static final String ROLLUP = "idem_rollup_";
    private static final String DISTINCT = "idem_distinct_";

    /**
     * Aggregates whose {@code FILTER} in {@link AggregateQuery} is the date window and the
     * {@code where} filter only, so a scan limited to the dates of the windows gives the same result.
     */
    private static final Set<Aggregate> DATE_FILTERED = EnumSet.of(Aggregate.COUNT, Aggregate.SUM, Aggregate.AVG, Aggregate.MIN,
            Aggregate.MAX, Aggregate.LAST, Aggregate.DAYS_SINCE_LAST, Aggregate.DAYS_SINCE_FIRST, Aggregate.COUNT_DISTINCT);

    private RollupQuery() {
    }

    /**
     * Returns whether the rollup plan applies: the source has a date column, the engine supports
     * aggregate filters and at least one feature is a {@code count_distinct} over a column.
     */
    static boolean applies(Source source, List<Feature> features, SqlDialect dialect) {
        if (source.kind().dateColumn() == null || !dialect.supportsAggregateFilter()) {
            return false;
        }
        return features.stream().anyMatch(RollupQuery::isDistinct);
    }

    /**
     * Builds the rollup plan over {@code from} (the source table, joined to its account link if it
     * has one), with the same result columns as the one-scan plan: the account id, then for each
     * date in order one column per feature in order.
     */
    static Parts build(Source source, List<Feature> features, SqlDialect dialect, List<LocalDate> dates, String from, String accountColumn) {
        String date = "CAST(" + AggregateQuery.column(dialect, AggregateQuery.TABLE_ALIAS, source.kind().dateColumn()) + " AS DATE)";

        // The direct part: every feature that is not a distinct count, one FILTER aggregate each.
        List<Object> directParameters = new ArrayList<>();
        StringBuilder direct = new StringBuilder("SELECT ").append(accountColumn).append(" AS account_id");
        Map<String, String> outputs = new LinkedHashMap<>();
        List<Feature> directFeatures = features.stream().filter(f -> !isDistinct(f)).toList();
        int directColumns = 0;
        for (int d = 0; d < dates.size(); d++) {
            for (Feature feature : directFeatures) {
                String name = "c" + directColumns++;
                direct.append(",\n    ").append(AggregateQuery.aggregate(feature, source, dialect, dates.get(d), directParameters))
                        .append(" AS ").append(name);
                outputs.put(key(d, feature), "a." + name);
            }
        }
        direct.append("\n  FROM ").append(from);
        appendDateRange(direct, directFeatures, dates, date, dialect, directParameters, null);
        direct.append("\n  GROUP BY ").append(accountColumn);

        // One rollup per distinct column: latest date per (end, where) at the (account, column) grain.
        Map<String, List<Feature>> byColumn = new LinkedHashMap<>();
        features.stream().filter(RollupQuery::isDistinct).forEach(f -> byColumn.computeIfAbsent(f.column(), c -> new ArrayList<>()).add(f));
        // Parameters in the order of the placeholders in the text: the direct part, then each rollup and its counts.
        List<Object> parameters = new ArrayList<>(directParameters);
        List<String> ctes = new ArrayList<>();
        if (!directFeatures.isEmpty()) {
            ctes.add(DIRECT + " AS (\n  " + direct + "\n)");
        }
        int part = 0;
        for (Map.Entry<String, List<Feature>> entry : byColumn.entrySet()) {
            String value = AggregateQuery.column(dialect, AggregateQuery.TABLE_ALIAS, entry.getKey());
            StringBuilder rollup = new StringBuilder("SELECT ").append(accountColumn).append(" AS account_id");
            StringBuilder counts = new StringBuilder("SELECT account_id");
            List<Object> rollupParameters = new ArrayList<>();
            List<Object> distinctParameters = new ArrayList<>();
            Map<String, String> latestColumns = new LinkedHashMap<>();
            // The WHERE clause of the rollup keeps only rows on or before this date (see appendDateRange).
            LocalDate latestEnd = latestEnd(entry.getValue(), dates);
            int countColumns = 0;
            for (int d = 0; d < dates.size(); d++) {
                for (Feature feature : entry.getValue()) {
                    LocalDate end = dates.get(d).minusDays(feature.offsetDays());
                    String latestKey = end + "|" + feature.where();
                    String latest = latestColumns.get(latestKey);
                    if (latest == null) {
                        latest = "m" + latestColumns.size();
                        latestColumns.put(latestKey, latest);
                        List<String> conditions = new ArrayList<>();
                        if (!end.equals(latestEnd)) {
                            conditions.add(date + " <= " + dialect.dateParameter());
                            rollupParameters.add(end);
                        }
                        if (feature.where() != null) {
                            SqlFragment fragment = AggregateQuery.whereFragment(feature, source, dialect, AggregateQuery.TABLE_ALIAS);
                            conditions.add("(" + fragment.sql() + ")");
                            rollupParameters.addAll(fragment.parameters(dates.get(d)));
                        }
                        rollup.append(",\n    MAX(").append(date).append(")");
                        if (!conditions.isEmpty()) {
                            rollup.append(" FILTER (WHERE ").append(String.join(" AND ", conditions)).append(")");
                        }
                        rollup.append(" AS ").append(latest);
                    }
                    String name = "v" + countColumns++;
                    if (feature.windowDays() == null) {
                        counts.append(",\n    COUNT(").append(latest).append(")");
                    } else {
                        counts.append(",\n    COUNT(*) FILTER (WHERE ").append(latest).append(" > ").append(dialect.dateParameter()).append(")");
                        distinctParameters.add(end.minusDays(feature.windowDays()));
                    }
                    counts.append(" AS ").append(name);
                    outputs.put(key(d, feature), "d" + part + "." + name);
                }
            }
            rollup.append("\n  FROM ").append(from);
            appendDateRange(rollup, entry.getValue(), dates, date, dialect, rollupParameters, value + " IS NOT NULL");
            rollup.append("\n  GROUP BY ").append(accountColumn).append(", ").append(value);
            counts.append("\n  FROM ").append(ROLLUP).append(part).append("\n  GROUP BY account_id");
            ctes.add(ROLLUP + part + " AS (\n  " + rollup + "\n)");
            ctes.add(DISTINCT + part + " AS (\n  " + counts + "\n)");
            parameters.addAll(rollupParameters);
            parameters.addAll(distinctParameters);
            part++;
        }

        // Join the parts on the account id. A part missing from an account's row leaves nulls.
        List<String> aliases = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        if (!directFeatures.isEmpty()) {
            aliases.add("a");
            tables.add(DIRECT);
        }
        for (int p = 0; p < part; p++) {
            aliases.add("d" + p);
            tables.add(DISTINCT + p);
        }
        StringBuilder select = new StringBuilder("\nSELECT ").append(coalescedAccount(aliases)).append(" AS account_id");
        for (int d = 0; d < dates.size(); d++) {
            for (Feature feature : features) {
                select.append(",\n  ").append(outputs.get(key(d, feature)));
            }
        }
        select.append("\nFROM ").append(tables.get(0)).append(" ").append(aliases.get(0));
        for (int i = 1; i < aliases.size(); i++) {
            select.append("\nFULL JOIN ").append(tables.get(i)).append(" ").append(aliases.get(i)).append(" ON ")
                    .append(aliases.get(i)).append(".account_id = ").append(coalescedAccount(aliases.subList(0, i)));
        }

        return new Parts("WITH " + String.join(",\n", ctes) + select, parameters);
    }

    /** The SQL text of a rollup plan and its bound parameters in placeholder order. */
    record Parts(String sql, List<Object> parameters) {
        Parts {
            parameters = List.copyOf(parameters);
        }
    }

    private static LocalDate latestEnd(List<Feature> features, List<LocalDate> dates) {
        LocalDate latest = null;
        for (LocalDate asOf : dates) {
            for (Feature feature : features) {
                LocalDate end = asOf.minusDays(feature.offsetDays());
                latest = latest == null || end.isAfter(latest) ? end : latest;
            }
        }
        return latest;
    }

    private static String coalescedAccount(List<String> aliases) {
        if (aliases.size() == 1) {
            return aliases.get(0) + ".account_id";
        }
        return "COALESCE(" + String.join(", ", aliases.stream().map(alias -> alias + ".account_id").toList()) + ")";
    }

    private static boolean isDistinct(Feature feature) {
        return feature.aggregate() == Aggregate.COUNT_DISTINCT && feature.column() != null;
    }

    private static String key(int dateIndex, Feature feature) {
        return dateIndex + "|" + feature.name();
    }

    /**
     * Appends a WHERE clause that keeps the rows of the dates that {@code features} read: on or
     * before the latest window end, and after the earliest window start when every feature has a
     * window. Features whose filter is not only the date window make the scan read every row.
     */
    private static void appendDateRange(StringBuilder sql, List<Feature> features, List<LocalDate> dates, String date, SqlDialect dialect,
                                        List<Object> parameters, String extraCondition) {
        List<String> conditions = new ArrayList<>();
        if (extraCondition != null) {
            conditions.add(extraCondition);
        }
        boolean allDateFiltered = !features.isEmpty() && features.stream().allMatch(f -> DATE_FILTERED.contains(f.aggregate()));
        if (allDateFiltered) {
            LocalDate latestEnd = latestEnd(features, dates);
            LocalDate earliestStart = null;
            boolean allWindowed = true;
            for (LocalDate asOf : dates) {
                for (Feature feature : features) {
                    LocalDate end = asOf.minusDays(feature.offsetDays());
                    if (feature.windowDays() == null) {
                        allWindowed = false;
                    } else {
                        LocalDate start = end.minusDays(feature.windowDays());
                        earliestStart = earliestStart == null || start.isBefore(earliestStart) ? start : earliestStart;
                    }
                }
            }
            conditions.add(date + " <= " + dialect.dateParameter());
            parameters.add(latestEnd);
            if (allWindowed) {
                conditions.add(date + " > " + dialect.dateParameter());
                parameters.add(earliestStart);
            }
        }
        if (!conditions.isEmpty()) {
            sql.append("\n  WHERE ").append(String.join(" AND ", conditions));
        }
    }
}
