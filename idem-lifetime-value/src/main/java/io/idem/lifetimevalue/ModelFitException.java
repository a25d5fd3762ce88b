package io.idem.lifetimevalue;

import static java.util.Objects.requireNonNull;

/**
 * Failure to fit a lifetime value model, naming the model, the category and what went wrong.
 */
public class ModelFitException extends RuntimeException {
    private final LifetimeValueModel model;
    private final FitFailure failure;

    public ModelFitException(LifetimeValueModel model, FitFailure failure, String detail) {
        this(model, failure, detail, null);
    }

    public ModelFitException(LifetimeValueModel model, FitFailure failure, String detail, Throwable cause) {
        super(requireNonNull(model, "model is null").displayName() + " fit failed (" + failure + "): " + detail, cause);
        this.model = model;
        this.failure = requireNonNull(failure, "failure is null");
    }

    public LifetimeValueModel model() {
        return model;
    }

    public FitFailure failure() {
        return failure;
    }
}
