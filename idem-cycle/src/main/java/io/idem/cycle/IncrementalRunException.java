package io.idem.cycle;

/**
 * An incremental run that cannot give the same result as a full run, with the reason and the fix
 * (usually a full run). It is raised before the run changes any state except imported tables.
 */
public final class IncrementalRunException extends RuntimeException {

    public IncrementalRunException(String message) {
        super(message);
    }
}
