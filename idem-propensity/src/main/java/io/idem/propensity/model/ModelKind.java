package io.idem.propensity.model;

/** The propensity models, with the id used in reports and file names. */
public enum ModelKind {
    GRADIENT_BOOSTED_TREES("gradient_boosted_trees"),
    LOGISTIC_REGRESSION("logistic_regression");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
