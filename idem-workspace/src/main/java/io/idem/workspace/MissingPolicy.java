package io.idem.workspace;

/** What a health measure contributes when its feature is missing for an account. */
public enum MissingPolicy {
    /** Leave the measure out and renormalise the other weights to 100. */
    EXCLUDE,
    /** Score the measure 50. */
    NEUTRAL,
    /** Score the measure 0. */
    WORST;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
