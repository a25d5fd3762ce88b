package io.idem.propensity.model;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.encode.TreeEncoding;
import io.idem.propensity.explain.ContributionAggregator;
import io.idem.propensity.explain.Explanation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Fitted gradient-boosted trees. Scores in batches, so that scoring a large table needs native memory for one
 * batch at a time. Explanations are xgboost's SHAP values ({@code predictContrib}, the TreeSHAP algorithm of
 * Lundberg, Erion and Lee, "Consistent Individualized Feature Attribution for Tree Ensembles", 2018), summed
 * over the one-hot columns of each feature.
 */
public final class GradientBoostedTreesModel implements PropensityModel {

    private static final int BATCH_ROWS = 65_536;

    /** Boosting outcome: rounds run, rounds kept, and the validation log loss after each round. */
    public record Fit(int roundsRun, int roundsKept, double validationLogLoss, List<Double> validationHistory) {

        public Fit {
            validationHistory = List.copyOf(validationHistory);
        }
    }

    private final Booster booster;
    private final TreeEncoding encoding;
    private final TreeParameters parameters;
    private final Fit fit;

    GradientBoostedTreesModel(Booster booster, TreeEncoding encoding, TreeParameters parameters, Fit fit) {
        this.booster = requireNonNull(booster, "booster is null");
        this.encoding = requireNonNull(encoding, "encoding is null");
        this.parameters = requireNonNull(parameters, "parameters is null");
        this.fit = requireNonNull(fit, "fit is null");
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTED_TREES;
    }

    @Override
    public List<String> encodedColumns() {
        return encoding.columnNames();
    }

    @Override
    public Map<String, Object> parameters() {
        return parameters.forReport();
    }

    @Override
    public Map<String, Object> fitSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rounds_run", fit.roundsRun());
        summary.put("rounds_kept", fit.roundsKept());
        summary.put("validation_log_loss", fit.validationLogLoss());
        return summary;
    }

    public Fit fit() {
        return fit;
    }

    @Override
    public double[] predict(FeatureTable table) {
        double[] probabilities = new double[table.rowCount()];
        for (int from = 0; from < table.rowCount(); from += BATCH_ROWS) {
            int to = Math.min(table.rowCount(), from + BATCH_ROWS);
            float[][] predicted = predictBatch(table, from, to, false);
            for (int row = from; row < to; row++) {
                probabilities[row] = predicted[row - from][0];
            }
        }
        return probabilities;
    }

    @Override
    public List<Explanation> explain(FeatureTable table) {
        ContributionAggregator aggregator = new ContributionAggregator(table, encoding::sourceFeature);
        List<Explanation> explanations = new ArrayList<>(table.rowCount());
        int width = encoding.columnCount();
        for (int from = 0; from < table.rowCount(); from += BATCH_ROWS) {
            int to = Math.min(table.rowCount(), from + BATCH_ROWS);
            float[][] predicted = predictBatch(table, from, to, false);
            float[][] contributions = predictBatch(table, from, to, true);
            for (int row = from; row < to; row++) {
                float[] shap = contributions[row - from];
                double[] columns = new double[width];
                for (int column = 0; column < width; column++) {
                    columns[column] = shap[column];
                }
                explanations.add(new Explanation(table.rowId(row), predicted[row - from][0], shap[width],
                        aggregator.perFeature(row, columns)));
            }
        }
        return explanations;
    }

    /** Returns probabilities, or SHAP values with the bias last, from the kept trees for rows [from, to). */
    private float[][] predictBatch(FeatureTable table, int from, int to, boolean contributions) {
        float[] values = encoding.encode(table, from, to);
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(values, to - from, encoding.columnCount(), Float.NaN);
            return contributions ? booster.predictContrib(matrix, fit.roundsKept())
                    : booster.predict(matrix, false, fit.roundsKept());
        } catch (XGBoostError e) {
            throw new ModelTrainingException("xgboost failed to score rows " + from + " to " + (to - 1) + ": "
                    + e.getMessage(), e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
