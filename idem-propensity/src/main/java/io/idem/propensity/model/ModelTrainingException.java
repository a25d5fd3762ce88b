package io.idem.propensity.model;

/** Thrown when a model cannot be fitted or applied, wrapping the library's error. */
public final class ModelTrainingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelTrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
