package io.idem.propensity.encode;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.descriptive.StreamingStatistics;

/**
 * Encodes a feature table for the logistic regression, with every statistic taken from the training table:
 * <ol>
 *   <li>A numeric feature is one column with a missing value replaced by the training mean. When the training
 *       column had a missing value, a 0/1 indicator column {@code feature (missing)} follows it.</li>
 *   <li>A categorical feature becomes one 0/1 column per training level, {@code feature=level}, followed by
 *       {@code feature (missing)} when the training column had a missing value. A level not seen in training is
 *       0 in all of them.</li>
 *   <li>Every column is standardised with its training mean and standard deviation, so that the L2 penalty
 *       weighs all coefficients alike. A column that is constant in training carries no information and is
 *       dropped.</li>
 * </ol>
 * NOTE: a missing value in a numeric feature that had none in training gets the mean but no indicator, because
 * the model has no coefficient for one.
 */
public final class LogisticEncoding {

    private static final String MISSING_SUFFIX = " (missing)";

    private final FeatureTable schema;
    private final List<CategoryLevels> levels;
    private final double[] imputedMeans;
    private final int rawWidth;
    private final List<RawColumn> rawColumns;
    private final int[] kept;
    private final double[] centers;
    private final double[] scales;

    private record RawColumn(String name, int sourceFeature) {
    }

    private LogisticEncoding(FeatureTable schema, List<CategoryLevels> levels, double[] imputedMeans,
            List<RawColumn> rawColumns, int[] kept, double[] centers, double[] scales) {
        this.schema = schema;
        this.levels = levels;
        this.imputedMeans = imputedMeans;
        this.rawColumns = List.copyOf(rawColumns);
        this.rawWidth = rawColumns.size();
        this.kept = kept;
        this.centers = centers;
        this.scales = scales;
    }

    /** Learns levels, imputation means and standardisation from {@code training}. */
    public static LogisticEncoding fit(FeatureTable training) {
        List<CategoryLevels> levels = new ArrayList<>();
        double[] imputedMeans = new double[training.columns().size()];
        List<RawColumn> rawColumns = new ArrayList<>();
        for (int feature = 0; feature < training.columns().size(); feature++) {
            FeatureColumn column = training.columns().get(feature);
            boolean anyMissing;
            if (column instanceof NumericColumn numeric) {
                levels.add(null);
                imputedMeans[feature] = meanOfPresent(numeric);
                rawColumns.add(new RawColumn(column.name(), feature));
                anyMissing = hasMissing(numeric);
            } else {
                CategoryLevels seen = CategoryLevels.of((CategoricalColumn) column);
                levels.add(seen);
                for (String level : seen.levels()) {
                    rawColumns.add(new RawColumn(column.name() + "=" + level, feature));
                }
                anyMissing = seen.anyMissing();
            }
            if (anyMissing) {
                rawColumns.add(new RawColumn(column.name() + MISSING_SUFFIX, feature));
            }
        }

        LogisticEncoding unscaled = new LogisticEncoding(training.select(new int[0]), levels, imputedMeans,
                rawColumns, new int[0], new double[0], new double[0]);
        return unscaled.withStandardisation(training);
    }

    private LogisticEncoding withStandardisation(FeatureTable training) {
        StreamingStatistics[] statistics = new StreamingStatistics[rawWidth];
        for (int j = 0; j < rawWidth; j++) {
            statistics[j] = new StreamingStatistics();
        }
        double[] raw = new double[rawWidth];
        for (int row = 0; row < training.rowCount(); row++) {
            rawRow(training, row, raw);
            for (int j = 0; j < rawWidth; j++) {
                statistics[j].addValue(raw[j]);
            }
        }

        List<Integer> keptColumns = new ArrayList<>();
        for (int j = 0; j < rawWidth; j++) {
            if (statistics[j].getStandardDeviation() > 0.0) {
                keptColumns.add(j);
            }
        }
        int[] keptIndices = keptColumns.stream().mapToInt(Integer::intValue).toArray();
        double[] centerValues = new double[keptIndices.length];
        double[] scaleValues = new double[keptIndices.length];
        for (int k = 0; k < keptIndices.length; k++) {
            centerValues[k] = statistics[keptIndices[k]].getMean();
            scaleValues[k] = statistics[keptIndices[k]].getStandardDeviation();
        }
        return new LogisticEncoding(schema, levels, imputedMeans, rawColumns, keptIndices, centerValues,
                scaleValues);
    }

    private static double meanOfPresent(NumericColumn column) {
        StreamingStatistics statistics = new StreamingStatistics();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                statistics.addValue(column.value(row));
            }
        }
        return statistics.getN() == 0 ? 0.0 : statistics.getMean();
    }

    private static boolean hasMissing(NumericColumn column) {
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the names of the standardised columns, in model order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(kept.length);
        for (int index : kept) {
            names.add(rawColumns.get(index).name());
        }
        return names;
    }

    public int columnCount() {
        return kept.length;
    }

    /** Returns the index, among the table's features, of the feature behind standardised column {@code column}. */
    public int sourceFeature(int column) {
        return rawColumns.get(kept[column]).sourceFeature();
    }

    /** Returns the training mean of standardised column {@code column} before standardisation. */
    public double center(int column) {
        return centers[column];
    }

    /** Returns the training standard deviation (n - 1 denominator) of column {@code column}. */
    public double scale(int column) {
        return scales[column];
    }

    /** Checks that {@code table} has the training table's features. Call it once before {@link #encodeRow}. */
    public void requireCompatible(FeatureTable table) {
        schema.requireSameSchema(table);
    }

    /**
     * Writes the standardised columns of {@code row} into {@code out}, which needs {@link #columnCount()} slots.
     * {@code scratch} needs one slot per column before constant ones are dropped, as {@link #newScratch()} gives.
     */
    public void encodeRow(FeatureTable table, int row, double[] scratch, double[] out) {
        rawRow(table, row, scratch);
        for (int k = 0; k < kept.length; k++) {
            out[k] = (scratch[kept[k]] - centers[k]) / scales[k];
        }
    }

    public double[] newScratch() {
        return new double[rawWidth];
    }

    private void rawRow(FeatureTable table, int row, double[] raw) {
        int offset = 0;
        for (int feature = 0; feature < table.columns().size(); feature++) {
            FeatureColumn column = table.columns().get(feature);
            boolean missing = column.isMissing(row);
            if (column instanceof NumericColumn numeric) {
                raw[offset++] = missing ? imputedMeans[feature] : numeric.value(row);
            } else {
                CategoryLevels seen = levels.get(feature);
                int position = missing ? -1 : seen.position(((CategoricalColumn) column).level(row));
                for (int i = 0; i < seen.size(); i++) {
                    raw[offset + i] = i == position ? 1.0 : 0.0;
                }
                offset += seen.size();
            }
            if (offset < rawWidth && rawColumns.get(offset).sourceFeature() == feature) {
                raw[offset++] = missing ? 1.0 : 0.0;
            }
        }
    }
}
