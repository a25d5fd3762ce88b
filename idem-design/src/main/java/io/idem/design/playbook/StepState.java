package io.idem.design.playbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The store's view of plays in progress when a run starts. It has every open play with its current
 * step, the status of every task of those plays by task id, and each play's latest opportunity.
 * It also has the number of open tasks per owner, for least-loaded assignment.
 */
public record StepState(List<OpenPlay> openPlays, Map<String, String> taskStatuses, Map<String, String> playOpportunities,
                        Map<String, Integer> openTasksByOwner) {

    /** No plays in progress. */
    public static final StepState NONE = new StepState(List.of(), Map.of(), Map.of(), Map.of());

    public StepState {
        openPlays = List.copyOf(openPlays);
        taskStatuses = Map.copyOf(taskStatuses);
        playOpportunities = Map.copyOf(playOpportunities);
        openTasksByOwner = Map.copyOf(openTasksByOwner);
    }

    /**
     * An open play. {@code currentStep} is null for a play started before playbooks had step kinds,
     * which created all its tasks at once and is not moved on. {@code startedBy} is as in {@link Play}.
     */
    public record OpenPlay(String playId, String dedupKey, String playbook, String accountId, String owner, String currentStep,
                           LocalDate stepSince, String startedBy) {
    }
}
