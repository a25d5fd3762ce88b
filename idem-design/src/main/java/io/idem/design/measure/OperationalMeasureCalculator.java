package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes the operational measures of work items at an as-of date, grouped by playbook, by owner
 * and by what started the plays. A task or an opportunity belongs to the playbook and starter of its
 * play, and to its own owner; an opportunity without a play counts only by owner. An item without an
 * owner is grouped under the empty name.
 */
public final class OperationalMeasureCalculator {

    private OperationalMeasureCalculator() {
    }

    /** Returns the measures by playbook, by owner and by starter, each sorted by group name. */
    public static OperationsReport compute(WorkItems items, LocalDate asOf) {
        requireNonNull(items, "items is null");
        requireNonNull(asOf, "asOf is null");

        Map<String, PlayRecord> plays = new HashMap<>();
        items.plays().forEach(p -> plays.put(p.playId(), p));
        Map<String, List<TaskRecord>> tasksByPlay = new HashMap<>();
        items.tasks().forEach(t -> tasksByPlay.computeIfAbsent(t.playId(), k -> new ArrayList<>()).add(t));

        return new OperationsReport(asOf,
                group(items, plays, tasksByPlay, asOf, PlayRecord::playbook, false),
                group(items, plays, tasksByPlay, asOf, PlayRecord::owner, true),
                group(items, plays, tasksByPlay, asOf, PlayRecord::startedBy, false));
    }

    /**
     * Groups by {@code playKey}; when {@code byOwner} is set, tasks and opportunities go by their own
     * owner instead of their play's.
     */
    private static List<OperationalMeasures> group(WorkItems items, Map<String, PlayRecord> plays, Map<String, List<TaskRecord>> tasksByPlay,
                                                   LocalDate asOf, Function<PlayRecord, String> playKey, boolean byOwner) {
        Map<String, MeasureAccumulator> groups = new TreeMap<>();
        Function<String, MeasureAccumulator> groupOf = name -> groups.computeIfAbsent(name == null ? "" : name, MeasureAccumulator::new);

        for (PlayRecord play : items.plays()) {
            List<TaskRecord> tasks = tasksByPlay.getOrDefault(play.playId(), List.of());
            boolean completed = !tasks.isEmpty() && tasks.stream().allMatch(t -> t.doneBy(asOf) || t.cancelled());
            groupOf.apply(playKey.apply(play)).play(completed);
        }

        for (TaskRecord task : items.tasks()) {
            PlayRecord play = plays.get(task.playId());
            String name = byOwner ? task.owner() : playKey.apply(play);
            groupOf.apply(name).task(task.doneBy(asOf), task.doneOnTimeBy(asOf), task.breachedBy(asOf));
        }

        for (OpportunityRecord opportunity : items.opportunities()) {
            PlayRecord play = opportunity.playId() == null ? null : plays.get(opportunity.playId());
            if (play == null && !byOwner) {
                continue;
            }
            MeasureAccumulator group = groupOf.apply(byOwner ? opportunity.owner() : playKey.apply(play));
            if (opportunity.wonBy(asOf)) {
                Long days = play == null ? null : ChronoUnit.DAYS.between(play.cause(), opportunity.closedOn());
                group.won(opportunity.actualMrr(), days);
            } else if (opportunity.lostBy(asOf)) {
                group.lost();
            }
        }

        return groups.values().stream().map(MeasureAccumulator::measures).toList();
    }
}
