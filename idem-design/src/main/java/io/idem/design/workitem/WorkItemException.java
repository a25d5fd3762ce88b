package io.idem.design.workitem;

/** A change to a task or opportunity that cannot be made; {@link #reason()} says which kind. */
public final class WorkItemException extends RuntimeException {

    /** Why a change was rejected. */
    public enum Reason {
        NOT_FOUND,
        /** Someone else changed the object since the version the caller read. */
        CONCURRENT_CHANGE,
        INVALID_CHANGE
    }

    private final Reason reason;

    public WorkItemException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
