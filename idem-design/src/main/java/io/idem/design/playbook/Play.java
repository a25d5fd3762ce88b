package io.idem.design.playbook;

import java.time.LocalDate;

/**
 * A started play: one playbook for one account. {@code startedBy} names what started it, for
 * example {@code segment:plan_upgrade_ready} or {@code trigger:usage_growth}; {@code dedupKey}
 * makes a play unique per playbook, account and start date.
 */
public record Play(String playId, String dedupKey, String playbook, String accountId, String startedBy, LocalDate startedOn,
                   LocalDate cooldownUntil, String status, String owner) {
}
