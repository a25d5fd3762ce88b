package io.idem.statistics;

/**
 * Machine-readable outcome of an analysis, so a report can render the other metrics when one of them
 * cannot be computed.
 */
public enum Status {
    /** Every reported number was computed from the data. */
    OK,
    /**
     * The inputs are valid but the data cannot support the method, for example an arm with n = 0 or
     * zero variance in both arms. Fields that cannot be computed are null, and the reason explains why.
     */
    DEGENERATE,
    /** The inputs do not fit the method, for example weights that do not match the arm counts. */
    INVALID_INPUT
}
