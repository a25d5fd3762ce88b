package io.idem.identify;

import io.idem.expression.Bindings;
import io.idem.expression.Evaluator;
import io.idem.expression.Expression;
import io.idem.expression.Type;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Aggregate;
import io.idem.workspace.Column;
import io.idem.workspace.Feature;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every feature for every account at an as-of date: account columns as they are,
 * aggregate features with one SQL scan per source, renewal dates from active subscriptions, and
 * derived features in memory in dependency order.
 *
 * <p>Over an empty window, count, count_distinct, sum and sum_active are 0; avg, min, max, last and
 * the days_since aggregates are missing.
 */
public final class FeatureEngine {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureEngine.class);

    private final Definitions definitions;
    private final Store store;
    /** The accounts to compute, or null for every account. */
    private AccountSubset subset;

    public FeatureEngine(Definitions definitions, Store store) {
        this.definitions = definitions;
        this.store = store;
    }

    /**
     * Computes every feature at {@code asOf} for the given accounts only, reading only their rows
     * of each source. Ids missing from the accounts source get no row in the frame. Every feature
     * depends on one account's rows alone, so the values equal those of a full computation.
     */
    public AccountFrame computeFor(LocalDate asOf, java.util.Collection<String> accountIds) {
        subset = AccountSubset.load(store, List.copyOf(accountIds));
        try {
            subset.beforeQueries(store);
            return compute(asOf);
        } finally {
            subset.afterQueries(store);
            subset = null;
        }
    }

    public AccountFrame compute(LocalDate asOf) {
        Set<String> all = new java.util.LinkedHashSet<>(definitions.workspace().features().keySet());
        definitions.aggregateFeatures().forEach(feature -> all.add(feature.name()));
        return compute(asOf, all);
    }

    /**
     * Computes only the named features and the derived features they need; the frame still has
     * every account column.
     */
    public AccountFrame compute(LocalDate asOf, Set<String> names) {
        return computeAt(List.of(asOf), names).get(asOf);
    }

    /**
     * Computes the named features (and what they need) at several dates, reading each source once
     * for all dates. The backtest uses this to replay many month ends in one scan per source.
     */
    public Map<LocalDate, AccountFrame> computeAt(List<LocalDate> dates, Set<String> names) {
        if (dates.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Workspace workspace = definitions.workspace();
        AccountFrame accounts = loadAccounts(workspace);
        Set<String> needed = definitions.featureClosure(names);
        Map<LocalDate, AccountFrame> frames = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            AccountFrame frame = new AccountFrame(accounts.accountIds());
            accounts.columnNames().forEach(name -> frame.put(name, accounts.column(name)));
            frames.put(date, frame);
        }

        Map<Source, List<Feature>> bySource = new LinkedHashMap<>();
        List<Feature> renewals = new ArrayList<>();
        for (Feature feature : definitions.aggregateFeatures()) {
            if (!needed.contains(feature.name())) {
                continue;
            }
            if (feature.aggregate() == Aggregate.DAYS_TO_RENEWAL) {
                renewals.add(feature);
            } else {
                bySource.computeIfAbsent(workspace.sources().get(feature.source()), s -> new ArrayList<>()).add(feature);
            }
        }
        for (Map.Entry<Source, List<Feature>> entry : bySource.entrySet()) {
            runAggregates(workspace, entry.getKey(), entry.getValue(), frames, accounts);
        }
        for (Map.Entry<LocalDate, AccountFrame> entry : frames.entrySet()) {
            LocalDate asOf = entry.getKey();
            AccountFrame frame = entry.getValue();
            for (Feature feature : renewals) {
                frame.put(feature.name(), RenewalDates.daysToRenewal(store, feature, workspace.sources().get(feature.source()), frame,
                        asOf.minusDays(feature.offsetDays()), asOf, subset));
            }
            computeDerived(frame, asOf, needed);
        }
        return frames;
    }

    private AccountFrame loadAccounts(Workspace workspace) {
        Source accounts = workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow();
        SqlDialect dialect = store.dialect();
        List<Column> columns = new ArrayList<>(accounts.columns().values());
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(dialect.quoteIdentifier(columns.get(i).name()));
        }
        sql.append(" FROM ").append(dialect.quoteIdentifier(accounts.tableName()))
                .append(" WHERE ").append(dialect.quoteIdentifier("account_id")).append(" IS NOT NULL")
                .append(subset == null ? "" : " AND " + subset.accountCondition(dialect, dialect.quoteIdentifier("account_id")))
                .append(" ORDER BY ")
                .append(dialect.quoteIdentifier("account_id"));
        List<String> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql.toString());
             ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    row[i] = Values.normalise(resultSet.getObject(i + 1), Definitions.typeOf(columns.get(i).type()));
                }
                ids.add((String) row[columns.indexOf(accounts.columns().get("account_id"))]);
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read accounts from " + accounts.tableName() + ": " + e.getMessage(), e);
        }
        AccountFrame frame = new AccountFrame(ids);
        for (int c = 0; c < columns.size(); c++) {
            Object[] values = frame.newColumn();
            for (int r = 0; r < rows.size(); r++) {
                values[r] = rows.get(r)[c];
            }
            frame.put(columns.get(c).name(), values);
        }
        AccountAttributes.addTo(frame, workspace, store);
        return frame;
    }

    private void runAggregates(Workspace workspace, Source source, List<Feature> features, Map<LocalDate, AccountFrame> frames,
                               AccountFrame accounts) {
        List<LocalDate> dates = new ArrayList<>(frames.keySet());
        AggregateQuery query = AggregateQuery.build(workspace, source, features, store.dialect(), dates, subset);
        LOG.debug("Aggregate query for source {} at {} date(s):\n{}", source.name(), dates.size(), query.sql());
        List<Object[]> columns = new ArrayList<>();
        for (int d = 0; d < dates.size(); d++) {
            for (Feature feature : features) {
                Object[] values = accounts.newColumn();
                if (zeroWhenEmpty(feature.aggregate())) {
                    java.util.Arrays.fill(values, Values.zero(definitions.types().get(feature.name())));
                }
                columns.add(values);
            }
        }
        long unknownAccounts = 0;
        try (PreparedStatement statement = store.connection().prepareStatement(query.sql())) {
            Parameters.bind(statement, query.parameters());
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    int row = accounts.rowOf(resultSet.getString(1));
                    if (row < 0) {
                        unknownAccounts++;
                        continue;
                    }
                    for (int d = 0; d < dates.size(); d++) {
                        for (int i = 0; i < features.size(); i++) {
                            int column = d * features.size() + i;
                            columns.get(column)[row] = convert(features.get(i), resultSet.getObject(column + 2), dates.get(d));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute the features of source " + source.name() + ": " + e.getMessage(), e);
        }
        if (unknownAccounts > 0) {
            LOG.warn("Source {} has rows for {} account id(s) missing from the accounts source; their features are ignored",
                    source.name(), unknownAccounts);
        }
        for (int d = 0; d < dates.size(); d++) {
            AccountFrame frame = frames.get(dates.get(d));
            for (int i = 0; i < features.size(); i++) {
                frame.put(features.get(i).name(), columns.get(d * features.size() + i));
            }
        }
    }

    private Object convert(Feature feature, Object value, LocalDate asOf) {
        if (value == null) {
            return zeroWhenEmpty(feature.aggregate()) ? Values.zero(definitions.types().get(feature.name())) : null;
        }
        if (feature.aggregate() == Aggregate.DAYS_SINCE_LAST || feature.aggregate() == Aggregate.DAYS_SINCE_FIRST) {
            LocalDate date = (LocalDate) Values.normalise(value, Type.DATE);
            return (double) ChronoUnit.DAYS.between(date, asOf.minusDays(feature.offsetDays()));
        }
        return Values.normalise(value, definitions.types().get(feature.name()));
    }

    private static boolean zeroWhenEmpty(Aggregate aggregate) {
        return switch (aggregate) {
            // A trend over weeks without rows is a flat line: slope 0.
            case COUNT, COUNT_DISTINCT, SUM, SUM_ACTIVE, TREND -> true;
            case AVG, MIN, MAX, LAST, DAYS_SINCE_LAST, DAYS_SINCE_FIRST, DAYS_TO_RENEWAL -> false;
        };
    }

    private void computeDerived(AccountFrame frame, LocalDate asOf, Set<String> needed) {
        for (String name : definitions.derivedOrder()) {
            if (!needed.contains(name)) {
                continue;
            }
            Expression expression = definitions.derived(name);
            Type type = definitions.types().get(name);
            Object[] values = frame.newColumn();
            FrameBindings bindings = new FrameBindings(frame);
            for (int row = 0; row < frame.size(); row++) {
                values[row] = Values.normalise(Evaluator.evaluate(expression, Bindings.lookup(bindings.at(row), asOf)), type);
            }
            frame.put(name, values);
        }
    }
}
