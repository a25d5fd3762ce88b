package io.idem.experiment.exposure;

/** Result of recording an exposure. */
public enum RecordOutcome {
    /** The account had no exposure in the experiment; this one was stored. */
    RECORDED,
    /** The account was already exposed to the same variant; the earlier of the two times is kept. */
    ALREADY_EXPOSED
}
