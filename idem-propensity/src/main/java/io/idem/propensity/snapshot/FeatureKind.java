package io.idem.propensity.snapshot;

/** Whether a feature holds numbers or category levels. */
public enum FeatureKind {
    NUMERIC,
    CATEGORICAL
}
