package io.idem.ingest;

/**
 * A field value that cannot be converted to its column's type. Thrown once per bad value on the
 * row path, so it carries no stack trace: the message is the whole story.
 */
final class InvalidValueException extends Exception {

    InvalidValueException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
