package io.idem.cycle;

import io.idem.design.health.HealthScorer;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.identify.JourneyEngine;
import io.idem.identify.TriggerEngine;
import io.idem.identify.TriggerState;
import io.idem.store.Store;
import io.idem.workspace.HealthModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the triggers over past month ends, as if Idem had run on each, to see where they would
 * have fired. State carries from one month to the next in memory only: the live store's trigger
 * states, memberships and plays are never read or written.
 */
final class TriggerReplay {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerReplay.class);

    private TriggerReplay() {
    }

    /**
     * Returns the month ends to replay: the latest {@code months} month ends whose outcome window of
     * {@code horizonDays} ends on or before {@code asOf}, oldest first.
     */
    static List<LocalDate> monthEnds(LocalDate asOf, int months, int horizonDays) {
        List<LocalDate> ends = new ArrayList<>();
        YearMonth month = YearMonth.from(asOf);
        while (ends.size() < months) {
            LocalDate end = month.atEndOfMonth();
            if (!end.plusDays(horizonDays).isAfter(asOf)) {
                ends.add(0, end);
            }
            month = month.minusMonths(1);
            if (month.getYear() < asOf.getYear() - 50) {
                break;
            }
        }
        return ends;
    }

    /**
     * Adds the journey and objective columns to a replayed frame. The stage comes from the rules
     * alone. days_in_stage and the objective counts depend on stored history, so they are missing and
     * conditions on them are never true in the backtest.
     */
    static void putJourney(Definitions definitions, AccountFrame frame, LocalDate day, boolean needsJourney) {
        Object[] stages = frame.newColumn();
        if (needsJourney) {
            JourneyEngine.Assignment[] assignments = JourneyEngine.assign(definitions, frame, day);
            for (int row = 0; row < stages.length; row++) {
                stages[row] = assignments[row] == null ? null : assignments[row].stage();
            }
        }
        frame.put(JourneyEngine.STAGE, stages);
        frame.put(JourneyEngine.DAYS_IN_STAGE, frame.newColumn());
        frame.put(Definitions.OBJECTIVES_OVERDUE, frame.newColumn());
        frame.put(Definitions.OBJECTIVES_ACHIEVED, frame.newColumn());
    }

    /** Returns trigger name to month end to the accounts where the trigger fired on that day. */
    static Map<String, Map<LocalDate, Set<String>>> replay(Definitions definitions, Store store, List<LocalDate> monthEnds,
                                                          String runId, RunListener listener) {
        Map<String, Map<LocalDate, Set<String>>> firings = new LinkedHashMap<>();
        if (monthEnds.isEmpty()) {
            return firings;
        }
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        FeatureEngine features = new FeatureEngine(definitions, store);
        Set<String> needed = new LinkedHashSet<>(definitions.triggerReferences());
        boolean needsJourney = needed.contains(JourneyEngine.STAGE) || needed.contains(JourneyEngine.DAYS_IN_STAGE);
        if (needsJourney) {
            needed.addAll(definitions.journeyReferences());
        }
        Map<LocalDate, AccountFrame> frames = features.computeAt(monthEnds, needed);
        int done = 0;
        for (LocalDate day : monthEnds) {
            AccountFrame frame = frames.get(day);
            for (HealthModel model : definitions.workspace().healthModels()) {
                if (needed.contains(model.name()) || needed.contains(model.name() + "_band")) {
                    HealthScorer.score(model, frame);
                }
            }
            putJourney(definitions, frame, day, needsJourney);
            TriggerEngine.Evaluation evaluation = TriggerEngine.evaluate(definitions, frame, day, states);
            states = evaluation.states();
            for (Map.Entry<String, List<String>> fired : evaluation.fired().entrySet()) {
                firings.computeIfAbsent(fired.getKey(), t -> new LinkedHashMap<>()).put(day, new LinkedHashSet<>(fired.getValue()));
            }
            LOG.debug("Run {}: replayed triggers at {} over {} accounts", runId, day, frame.size());
            listener.progress(++done);
        }
        return firings;
    }
}
