package io.idem.cycle;

/** Receives progress of a run, for a progress bar or a log. Methods are called from the run's thread. */
public interface RunListener {

    /** A stage starts; {@code totalUnits} is the amount of work expected, or 0 when unknown. */
    default void stageStarted(String stage, long totalUnits) {
    }

    /** Reports the units of work done so far in the current stage. */
    default void progress(long unitsDone) {
    }

    default void stageFinished(String stage, long elapsedMillis) {
    }

    RunListener NONE = new RunListener() {
    };
}
