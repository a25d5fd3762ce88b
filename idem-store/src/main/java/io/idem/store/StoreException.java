package io.idem.store;

/** A store that cannot be opened, migrated, read or written; the message names the store and the fix. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
