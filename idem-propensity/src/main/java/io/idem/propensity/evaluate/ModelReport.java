package io.idem.propensity.evaluate;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.split.SplitSummary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality of one trained model on held-out data, written as JSON with snake_case names by
 * {@link ModelReportJson}.
 *
 * @param model model kind id, such as {@code gradient_boosted_trees}
 * @param label what the label means, such as the label column or the offer
 * @param split how the rows were split, with the rows and positives of each partition
 * @param features input features the model read
 * @param encodedColumns columns after one-hot encoding (and, for the baseline, missing indicators)
 * @param parameters hyper-parameters
 * @param fit what fitting found, such as boosting rounds kept or Newton iterations
 * @param testRows rows of the test partition the metrics are computed on
 * @param testPositiveRate share of test rows that took the offer
 * @param auc area under the ROC curve on the test rows
 * @param logLoss mean log loss on the test rows, in nats
 * @param calibration test rows by decile of predicted probability
 */
public record ModelReport(
        String model,
        String label,
        SplitSummary split,
        List<String> features,
        List<String> encodedColumns,
        Map<String, Object> parameters,
        Map<String, Object> fit,
        int testRows,
        double testPositiveRate,
        MetricValue auc,
        MetricValue logLoss,
        List<CalibrationBin> calibration) {

    public ModelReport {
        requireNonNull(model, "model is null");
        requireNonNull(label, "label is null");
        requireNonNull(split, "split is null");
        features = List.copyOf(features);
        encodedColumns = List.copyOf(encodedColumns);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        fit = Collections.unmodifiableMap(new LinkedHashMap<>(fit));
        requireNonNull(auc, "auc is null");
        requireNonNull(logLoss, "logLoss is null");
        calibration = List.copyOf(calibration);
        if (testRows < 1) {
            throw new IllegalArgumentException("a model report needs test rows, got " + testRows);
        }
    }
}
