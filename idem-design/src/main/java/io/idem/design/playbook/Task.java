package io.idem.design.playbook;

import java.time.LocalDate;

/** A step of a play for its owner to do by {@code dueOn}. */
public record Task(String taskId, String playId, String accountId, String step, String title, String owner, LocalDate dueOn,
                   String status) {
}
