package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A play as the measures read it.
 *
 * @param startedBy what started it, {@code segment:NAME} or {@code trigger:NAME}
 * @param startedOn the as-of date of the run that started it
 * @param cause     the day of the trigger firing or segment entry that started it: the latest one of
 *                  the account on or before {@code startedOn}, or {@code startedOn} when the store
 *                  has none
 * @param owner     the play's owner, or null when nobody was assigned
 */
public record PlayRecord(String playId, String playbook, String accountId, String startedBy, LocalDate startedOn, LocalDate cause,
                         String owner) {

    public PlayRecord {
        requireNonNull(playId, "playId is null");
        requireNonNull(playbook, "playbook is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(startedBy, "startedBy is null");
        requireNonNull(startedOn, "startedOn is null");
        requireNonNull(cause, "cause is null");
        if (cause.isAfter(startedOn)) {
            throw new IllegalArgumentException("play " + playId + ": cause " + cause + " is after its start " + startedOn);
        }
    }
}
