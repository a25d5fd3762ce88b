package io.idem.propensity.split;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.Dataset;

/**
 * Partitions of a labelled dataset. The trees are fitted on {@code fit} and stop boosting when the log loss on
 * {@code validation} stops improving. {@code training} is {@code fit} and {@code validation} together, for the
 * logistic regression, which needs no validation slice. Every reported metric is computed on {@code test},
 * which no model reads while training.
 */
public record Split(Dataset training, Dataset fit, Dataset validation, Dataset test, SplitSummary summary) {

    public Split {
        requireNonNull(training, "training is null");
        requireNonNull(fit, "fit is null");
        requireNonNull(validation, "validation is null");
        requireNonNull(test, "test is null");
        requireNonNull(summary, "summary is null");
        if (fit.rowCount() == 0 || validation.rowCount() == 0 || test.rowCount() == 0) {
            throw new IllegalArgumentException("every partition needs rows, but fit has " + fit.rowCount()
                    + ", validation " + validation.rowCount() + " and test " + test.rowCount());
        }
        if (training.rowCount() != fit.rowCount() + validation.rowCount()) {
            throw new IllegalArgumentException("training has " + training.rowCount() + " rows but fit and validation"
                    + " have " + (fit.rowCount() + validation.rowCount()));
        }
    }
}
