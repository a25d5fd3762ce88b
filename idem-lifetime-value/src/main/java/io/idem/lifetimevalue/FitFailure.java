package io.idem.lifetimevalue;

/**
 * Category of a failed model fit. The first three come from the data and map to exit code 2 on the
 * command line; the last two come from the optimiser.
 */
public enum FitFailure {
    /** The data break a rule of the model, for example survivor counts that increase. */
    INVALID_DATA,
    /** Fewer customers or periods than the model has parameters. */
    TOO_FEW_OBSERVATIONS,
    /** No customer made a repeat transaction, so the purchase and spend processes are not identified. */
    NO_REPEAT_TRANSACTIONS,
    /** The optimiser stopped at its evaluation limit or away from a stationary point. */
    NOT_CONVERGED,
    /** A parameter ran off towards zero or infinity, so the maximum lies on the edge of the parameter space. */
    PARAMETERS_DIVERGED;

    /** Returns whether the failure is caused by the input data rather than by the optimiser. */
    public boolean isInputProblem() {
        return switch (this) {
            case INVALID_DATA, TOO_FEW_OBSERVATIONS, NO_REPEAT_TRANSACTIONS -> true;
            case NOT_CONVERGED, PARAMETERS_DIVERGED -> false;
        };
    }
}
