package io.idem.propensity.snapshot;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects snapshot rows into a {@link SnapshotDataset}, checking the no-leakage rule on every row:
 * <ul>
 *   <li>every feature of the schema is present once, with the declared kind;</li>
 *   <li>no feature value was computed from data after the row's snapshot date ({@code dataThrough <= snapshot});</li>
 *   <li>the outcome window starts after the snapshot date.</li>
 * </ul>
 * A row that breaks a rule is rejected with a {@link LeakageException} (dates) or an IllegalArgumentException
 * (schema), and nothing of it is added.
 */
public final class SnapshotDatasetBuilder {

    private final List<FeatureSpec> schema;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> accountIds = new ArrayList<>();
    private final List<LocalDate> snapshotDates = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<List<Object>> cells = new ArrayList<>();

    public SnapshotDatasetBuilder(List<FeatureSpec> schema) {
        this.schema = List.copyOf(requireNonNull(schema, "schema is null"));
        for (int i = 0; i < this.schema.size(); i++) {
            if (positions.put(this.schema.get(i).name(), i) != null) {
                throw new IllegalArgumentException("feature '" + this.schema.get(i).name() + "' appears twice in"
                        + " the schema");
            }
            cells.add(new ArrayList<>());
        }
    }

    /** Checks {@code row} against the schema and the no-leakage rule, then appends it. */
    public SnapshotDatasetBuilder add(SnapshotRow row) {
        requireNonNull(row, "row is null");
        Object[] ordered = orderedValues(row);

        if (!row.outcome().windowStart().isAfter(row.snapshotDate())) {
            throw new LeakageException("account " + row.accountId() + " at snapshot " + row.snapshotDate()
                    + ": the outcome window starts on " + row.outcome().windowStart() + ", not after the snapshot,"
                    + " so the label would overlap the data the features were computed from. Fix: start the"
                    + " window the day after the snapshot (Outcome.within).");
        }

        accountIds.add(row.accountId());
        snapshotDates.add(row.snapshotDate());
        outcomes.add(row.outcome());
        for (int i = 0; i < ordered.length; i++) {
            cells.get(i).add(ordered[i]);
        }
        return this;
    }

    private Object[] orderedValues(SnapshotRow row) {
        Object[] ordered = new Object[schema.size()];
        boolean[] seen = new boolean[schema.size()];
        for (FeatureValue value : row.values()) {
            Integer position = positions.get(value.feature());
            if (position == null) {
                throw new IllegalArgumentException("account " + row.accountId() + " at snapshot "
                        + row.snapshotDate() + " has feature '" + value.feature() + "', which is not in the schema "
                        + positions.keySet());
            }
            if (seen[position]) {
                throw new IllegalArgumentException("account " + row.accountId() + " at snapshot "
                        + row.snapshotDate() + " has feature '" + value.feature() + "' twice");
            }
            seen[position] = true;
            requireNoFutureData(row, value);
            ordered[position] = cellValue(row, schema.get(position), value);
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException("account " + row.accountId() + " at snapshot "
                        + row.snapshotDate() + " lacks feature '" + schema.get(i).name() + "'; give a missing value"
                        + " (NaN or null) instead of leaving it out");
            }
        }
        return ordered;
    }

    private static void requireNoFutureData(SnapshotRow row, FeatureValue value) {
        if (value.dataThrough().isAfter(row.snapshotDate())) {
            throw new LeakageException("feature '" + value.feature() + "' of account " + row.accountId()
                    + " at snapshot " + row.snapshotDate() + " was computed from data through "
                    + value.dataThrough() + ", after the snapshot. Fix: compute it only from data on or before "
                    + row.snapshotDate() + ", or drop the feature.");
        }
    }

    private static Object cellValue(SnapshotRow row, FeatureSpec spec, FeatureValue value) {
        boolean matches = switch (spec.kind()) {
            case NUMERIC -> value instanceof FeatureValue.Numeric;
            case CATEGORICAL -> value instanceof FeatureValue.Categorical;
        };
        if (!matches) {
            throw new IllegalArgumentException("feature '" + spec.name() + "' of account " + row.accountId()
                    + " at snapshot " + row.snapshotDate() + " should be " + spec.kind().name().toLowerCase()
                    + " but the row gives " + value);
        }
        return value instanceof FeatureValue.Numeric numeric ? (Object) numeric.value()
                : ((FeatureValue.Categorical) value).level();
    }

    public SnapshotDataset build() {
        List<FeatureColumn> columns = new ArrayList<>(schema.size());
        for (int i = 0; i < schema.size(); i++) {
            columns.add(column(schema.get(i), cells.get(i)));
        }
        boolean[] labels = new boolean[outcomes.size()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = outcomes.get(row).took();
        }
        Dataset dataset = new Dataset(new FeatureTable(accountIds, columns), labels);
        return new SnapshotDataset(dataset, snapshotDates, outcomes);
    }

    private static FeatureColumn column(FeatureSpec spec, List<Object> values) {
        return switch (spec.kind()) {
            case NUMERIC -> new NumericColumn(spec.name(), values.stream().mapToDouble(Double.class::cast).toArray());
            case CATEGORICAL -> new CategoricalColumn(spec.name(), values.toArray(new String[0]));
        };
    }
}
