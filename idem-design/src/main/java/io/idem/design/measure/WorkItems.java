package io.idem.design.measure;

import java.util.List;

/** The plays started, their tasks and the opportunities created by an as-of date. */
public record WorkItems(List<PlayRecord> plays, List<TaskRecord> tasks, List<OpportunityRecord> opportunities) {

    public WorkItems {
        plays = List.copyOf(plays);
        tasks = List.copyOf(tasks);
        opportunities = List.copyOf(opportunities);
    }
}
