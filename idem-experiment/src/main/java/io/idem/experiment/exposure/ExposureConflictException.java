package io.idem.experiment.exposure;

/**
 * An account was exposed to a second variant of the same experiment. Deterministic assignment never does
 * this, so the weights, the variant order or the experiment id changed after the experiment started.
 */
public final class ExposureConflictException extends RuntimeException {

    ExposureConflictException(String message) {
        super(message);
    }
}
