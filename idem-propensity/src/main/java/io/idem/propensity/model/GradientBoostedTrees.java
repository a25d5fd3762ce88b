package io.idem.propensity.model;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.encode.TreeEncoding;
import io.idem.propensity.split.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits gradient-boosted trees with xgboost ({@code binary:logistic}) on the fit partition, with early stopping
 * on the validation partition's log loss.
 *
 * <p>The boosting loop runs here rather than in {@code XGBoost.train}, because xgboost4j 2.1 prints each
 * round's evaluation to standard error from native code. The loop adds one tree per round, evaluates the
 * validation log loss with {@code Booster.evalSet}, and stops after {@code earlyStoppingRounds} rounds without
 * a new minimum. The model then predicts with the trees up to the best round only.
 */
public final class GradientBoostedTrees implements ModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(GradientBoostedTrees.class);

    private final TreeParameters parameters;

    public GradientBoostedTrees(TreeParameters parameters) {
        this.parameters = requireNonNull(parameters, "parameters is null");
    }

    @Override
    public ModelKind kind() {
        return ModelKind.GRADIENT_BOOSTED_TREES;
    }

    @Override
    public GradientBoostedTreesModel fit(Split split) {
        TreeEncoding encoding = TreeEncoding.fit(split.fit().features());
        DMatrix fitMatrix = null;
        DMatrix validationMatrix = null;
        try {
            fitMatrix = labelledMatrix(encoding, split.fit());
            validationMatrix = labelledMatrix(encoding, split.validation());
            return boost(encoding, fitMatrix, validationMatrix);
        } catch (XGBoostError e) {
            throw new ModelTrainingException("xgboost failed to train on " + split.fit().rowCount() + " rows and "
                    + encoding.columnCount() + " encoded columns: " + e.getMessage(), e);
        } finally {
            dispose(fitMatrix);
            dispose(validationMatrix);
        }
    }

    private GradientBoostedTreesModel boost(TreeEncoding encoding, DMatrix fitMatrix, DMatrix validationMatrix)
            throws XGBoostError {
        Map<String, Object> params = parameters.toXgboost();
        Booster booster = XGBoost.train(fitMatrix, params, 1, Map.of(), null, null, null, 0);
        try {
            DMatrix[] evaluated = {validationMatrix};
            String[] names = {"validation"};
            float[] metric = new float[1];
            List<Double> history = new ArrayList<>();
            double bestLoss = Double.POSITIVE_INFINITY;
            int bestRounds = 0;
            int rounds = 1;
            while (true) {
                booster.evalSet(evaluated, names, rounds - 1, metric);
                history.add((double) metric[0]);
                if (metric[0] < bestLoss) {
                    bestLoss = metric[0];
                    bestRounds = rounds;
                }
                if (rounds - bestRounds >= parameters.earlyStoppingRounds() || rounds >= parameters.maxRounds()) {
                    break;
                }
                booster.update(fitMatrix, rounds);
                rounds++;
            }
            LOG.debug("Boosted {} rounds, kept {} with validation log loss {}", rounds, bestRounds, bestLoss);
            return new GradientBoostedTreesModel(booster, encoding, parameters,
                    new GradientBoostedTreesModel.Fit(rounds, bestRounds, bestLoss, history));
        } catch (XGBoostError | RuntimeException e) {
            booster.dispose();
            throw e;
        }
    }

    private static DMatrix labelledMatrix(TreeEncoding encoding, Dataset data) throws XGBoostError {
        float[] values = encoding.encode(data.features(), 0, data.rowCount());
        DMatrix matrix = new DMatrix(values, data.rowCount(), encoding.columnCount(), Float.NaN);
        float[] labels = new float[data.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = data.label(row) ? 1.0f : 0.0f;
        }
        matrix.setLabel(labels);
        return matrix;
    }

    private static void dispose(DMatrix matrix) {
        if (matrix != null) {
            matrix.dispose();
        }
    }
}
