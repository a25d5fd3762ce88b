package io.idem.propensity.model;

import io.idem.propensity.split.Split;

/** Fits one kind of propensity model on the training partitions of a split; never reads its test partition. */
public interface ModelTrainer {

    ModelKind kind();

    /** @throws ModelTrainingException when the fitting library fails */
    PropensityModel fit(Split split);
}
