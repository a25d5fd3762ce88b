package io.idem.experiment;

/**
 * Experiment data that cannot be analysed as given, such as an exposure to a variant the design does not
 * have or an exposed account without outcomes. The message names the account, the value and the fix.
 */
public final class ExperimentInputException extends RuntimeException {

    public ExperimentInputException(String message) {
        super(message);
    }
}
