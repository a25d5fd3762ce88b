package io.idem.propensity.model;

import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.explain.Explanation;
import java.util.List;
import java.util.Map;

/**
 * A fitted model of the probability that an account takes an offer. The table to score must have the training
 * table's features, in the same order and of the same kinds; otherwise the methods throw
 * IllegalArgumentException.
 */
public interface PropensityModel extends AutoCloseable {

    ModelKind kind();

    /** Returns the encoded columns the model reads, after one-hot encoding and, for the baseline, indicators. */
    List<String> encodedColumns();

    /** Returns the hyper-parameters, for the model report. */
    Map<String, Object> parameters();

    /** Returns what fitting found, such as the number of boosting rounds kept, for the model report. */
    Map<String, Object> fitSummary();

    /** Returns the probability of taking the offer for each row of {@code table}. */
    double[] predict(FeatureTable table);

    /** Returns each row's probability with one contribution per feature of {@code table}. */
    List<Explanation> explain(FeatureTable table);

    /** Releases native memory, where the model holds any; the model cannot be used afterwards. */
    @Override
    default void close() {
    }
}
