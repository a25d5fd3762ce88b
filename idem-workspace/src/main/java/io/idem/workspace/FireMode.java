package io.idem.workspace;

/** When a trigger fires relative to its condition. */
public enum FireMode {
    /** On the run where the condition turns true after being false or missing. */
    BECOMES_TRUE,
    /** On every run while the condition is true, at most once per cooldown. */
    WHILE_TRUE,
    /** On the run where the condition turns false after being true. */
    BECOMES_FALSE;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
