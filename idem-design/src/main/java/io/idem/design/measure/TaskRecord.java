package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A task as the measures read it.
 *
 * @param status      open, snoozed, done or cancelled
 * @param completedOn the day it was done, or null
 */
public record TaskRecord(String taskId, String playId, String owner, LocalDate dueOn, String status, LocalDate completedOn) {

    public TaskRecord {
        requireNonNull(taskId, "taskId is null");
        requireNonNull(playId, "playId is null");
        requireNonNull(dueOn, "dueOn is null");
        requireNonNull(status, "status is null");
    }

    /** Returns whether the task was done on or before {@code asOf}. */
    public boolean doneBy(LocalDate asOf) {
        return status.equals("done") && completedOn != null && !completedOn.isAfter(asOf);
    }

    public boolean cancelled() {
        return status.equals("cancelled");
    }

    /** Returns whether the task was done on or before {@code asOf} and on or before its due date. */
    public boolean doneOnTimeBy(LocalDate asOf) {
        return doneBy(asOf) && !completedOn.isAfter(dueOn);
    }

    /**
     * Returns whether the task breached its SLA by {@code asOf}: done after its due date, or not done
     * nor cancelled by {@code asOf} while due before it. A cancelled task never breaches.
     */
    public boolean breachedBy(LocalDate asOf) {
        if (doneBy(asOf)) {
            return completedOn.isAfter(dueOn);
        }
        return !cancelled() && dueOn.isBefore(asOf);
    }
}
