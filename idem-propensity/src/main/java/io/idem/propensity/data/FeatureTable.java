package io.idem.propensity.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feature matrix in columns: one row per account (at a snapshot, for time-based data), one column per feature.
 * Row ids are carried for score files and explanations and need not be unique across snapshots.
 */
public final class FeatureTable {

    private final List<String> rowIds;
    private final List<FeatureColumn> columns;
    private final Map<String, FeatureColumn> columnsByName;

    /**
     * Throws IllegalArgumentException when a column's length differs from the number of row ids, when two
     * columns share a name, or when a row id is null.
     */
    public FeatureTable(List<String> rowIds, List<FeatureColumn> columns) {
        this.rowIds = List.copyOf(requireNonNull(rowIds, "rowIds is null"));
        this.columns = List.copyOf(requireNonNull(columns, "columns is null"));
        this.columnsByName = new LinkedHashMap<>();
        for (FeatureColumn column : this.columns) {
            if (column.size() != this.rowIds.size()) {
                throw new IllegalArgumentException("feature '" + column.name() + "' has " + column.size()
                        + " values but the table has " + this.rowIds.size() + " rows");
            }
            if (columnsByName.put(column.name(), column) != null) {
                throw new IllegalArgumentException("feature '" + column.name() + "' appears twice");
            }
        }
    }

    public int rowCount() {
        return rowIds.size();
    }

    public String rowId(int row) {
        return rowIds.get(row);
    }

    public List<String> rowIds() {
        return rowIds;
    }

    public List<FeatureColumn> columns() {
        return columns;
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (FeatureColumn column : columns) {
            names.add(column.name());
        }
        return names;
    }

    public Optional<FeatureColumn> column(String name) {
        return Optional.ofNullable(columnsByName.get(name));
    }

    /** Returns a table holding the given rows, in that order. */
    public FeatureTable select(int[] rows) {
        List<String> selectedIds = new ArrayList<>(rows.length);
        for (int row : rows) {
            selectedIds.add(rowIds.get(row));
        }
        List<FeatureColumn> selectedColumns = new ArrayList<>(columns.size());
        for (FeatureColumn column : columns) {
            selectedColumns.add(column.select(rows));
        }
        return new FeatureTable(selectedIds, selectedColumns);
    }

    /**
     * Checks that {@code other} has the same feature names and kinds in the same order, as a model trained on
     * this table requires of the tables it scores.
     *
     * @throws IllegalArgumentException naming the first feature that differs
     */
    public void requireSameSchema(FeatureTable other) {
        Set<String> names = new HashSet<>(other.columnNames());
        for (FeatureColumn column : columns) {
            if (!names.contains(column.name())) {
                throw new IllegalArgumentException("feature '" + column.name() + "' is missing from the table to score");
            }
        }
        if (other.columns.size() != columns.size()) {
            throw new IllegalArgumentException("the table to score has features " + other.columnNames()
                    + " but the model was trained on " + columnNames());
        }
        for (int i = 0; i < columns.size(); i++) {
            FeatureColumn expected = columns.get(i);
            FeatureColumn actual = other.columns.get(i);
            if (!expected.name().equals(actual.name()) || expected.getClass() != actual.getClass()) {
                throw new IllegalArgumentException("feature " + (i + 1) + " of the table to score is '"
                        + actual.name() + "' (" + kind(actual) + ") but the model expects '" + expected.name()
                        + "' (" + kind(expected) + ")");
            }
        }
    }

    private static String kind(FeatureColumn column) {
        return column instanceof NumericColumn ? "numeric" : "categorical";
    }
}
