package io.idem.design.playbook;

import java.util.List;

/**
 * What a run starts: plays, their tasks and opportunities, and the accounts skipped with the
 * reason (cooldown, no offer value). Computed without writing, so a dry run shows it exactly.
 */
public record PlayPlan(List<Play> plays, List<Task> tasks, List<Opportunity> opportunities, List<Skipped> skipped) {

    public PlayPlan {
        plays = List.copyOf(plays);
        tasks = List.copyOf(tasks);
        opportunities = List.copyOf(opportunities);
        skipped = List.copyOf(skipped);
    }

    /** An account a playbook would have started for, and why it did not. */
    public record Skipped(String playbook, String accountId, String reason) {
    }
}
