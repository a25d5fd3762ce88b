package io.idem.design.health;

/** The outcome of comparing one measure between an account's previous and latest score. */
public enum ChangeStatus {
    /** The feature value differs, including a value that appeared or went missing. */
    CHANGED,
    /** The feature value is the same (both missing counts as the same), so the measure did not move the score. */
    UNCHANGED,
    /** The measure is new in the model since the previous run. */
    ADDED,
    /** The measure was in the model at the previous run and is no longer. */
    REMOVED
}
