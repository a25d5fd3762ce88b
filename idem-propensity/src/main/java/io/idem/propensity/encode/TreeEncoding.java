package io.idem.propensity.encode;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a feature table for the trees. A numeric feature is one column, with a missing value kept as
 * {@code NaN} so that xgboost learns a default direction for it at each split. A categorical feature becomes
 * one 0/1 column per level seen in training, named {@code feature=level}. A missing level is {@code NaN} in all
 * of its columns; a level not seen in training is 0 in all of them.
 */
public final class TreeEncoding {

    private final FeatureTable schema;
    private final List<CategoryLevels> levels;
    private final List<String> columnNames;
    private final int[] sourceFeature;

    private TreeEncoding(FeatureTable schema, List<CategoryLevels> levels, List<String> columnNames,
            int[] sourceFeature) {
        this.schema = schema;
        this.levels = levels;
        this.columnNames = List.copyOf(columnNames);
        this.sourceFeature = sourceFeature;
    }

    /** Learns the levels of each categorical feature from {@code training}. */
    public static TreeEncoding fit(FeatureTable training) {
        List<CategoryLevels> levels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int feature = 0; feature < training.columns().size(); feature++) {
            FeatureColumn column = training.columns().get(feature);
            if (column instanceof CategoricalColumn categorical) {
                CategoryLevels seen = CategoryLevels.of(categorical);
                levels.add(seen);
                for (String level : seen.levels()) {
                    names.add(column.name() + "=" + level);
                    sources.add(feature);
                }
            } else {
                levels.add(null);
                names.add(column.name());
                sources.add(feature);
            }
        }
        return new TreeEncoding(training.select(new int[0]), levels, names,
                sources.stream().mapToInt(Integer::intValue).toArray());
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public int columnCount() {
        return columnNames.size();
    }

    /** Returns the index, among the table's features, of the feature behind encoded column {@code column}. */
    public int sourceFeature(int column) {
        return sourceFeature[column];
    }

    /**
     * Encodes rows {@code [fromRow, toRow)} of {@code table} row-major, as xgboost's dense matrix takes them.
     *
     * @throws IllegalArgumentException when the table's features differ from the training table's
     */
    public float[] encode(FeatureTable table, int fromRow, int toRow) {
        schema.requireSameSchema(table);
        int width = columnNames.size();
        float[] out = new float[(toRow - fromRow) * width];
        int offset = 0;
        for (int feature = 0; feature < table.columns().size(); feature++) {
            FeatureColumn column = table.columns().get(feature);
            if (column instanceof NumericColumn numeric) {
                for (int row = fromRow; row < toRow; row++) {
                    out[(row - fromRow) * width + offset] = (float) numeric.value(row);
                }
                offset++;
            } else {
                CategoryLevels seen = levels.get(feature);
                CategoricalColumn categorical = (CategoricalColumn) column;
                for (int row = fromRow; row < toRow; row++) {
                    writeOneHot(out, (row - fromRow) * width + offset, seen, categorical.level(row));
                }
                offset += seen.size();
            }
        }
        return out;
    }

    private static void writeOneHot(float[] out, int start, CategoryLevels seen, String level) {
        if (level == null) {
            for (int i = 0; i < seen.size(); i++) {
                out[start + i] = Float.NaN;
            }
            return;
        }
        int position = seen.position(level);
        if (position >= 0) {
            out[start + position] = 1.0f;
        }
    }
}
