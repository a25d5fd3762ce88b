package io.idem.propensity.snapshot;

/** Kind of a feature's values: numbers or category levels. */
public enum FeatureKind {
    NUMERIC,
    CATEGORICAL
}
