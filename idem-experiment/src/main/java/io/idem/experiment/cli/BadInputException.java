package io.idem.experiment.cli;

/**
 * Invalid command-line or CSV input. The message names the option, or the file, line and column, with the
 * value and the fix. Commands turn it into a picocli parameter error, which exits with code 2.
 */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
