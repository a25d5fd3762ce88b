package io.idem.cycle;

import io.idem.design.successplan.SuccessPlans;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.JourneyEngine;
import io.idem.identify.JourneyHistory;
import io.idem.store.Store;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journey step of a run, after health and before triggers. It assigns journey stages and
 * records their changes, creates the success plans of stage entries and marks objectives achieved
 * or missed. It then adds the journey and objective columns that triggers and segments can use.
 */
final class JourneyStep {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyStep.class);
    static final String FILE = "journey.csv";

    private JourneyStep() {
    }

    static JourneyEngine.Evaluation run(Workspace workspace, Definitions definitions, Store store, AccountFrame frame, LocalDate asOf,
                                        String runId) {
        JourneyHistory history = new JourneyHistory(store);
        JourneyEngine.Evaluation journey = JourneyEngine.evaluate(definitions, frame, asOf, history.loadOpen());
        history.save(journey, asOf, runId);
        SuccessPlans plans = new SuccessPlans(store);
        int created = plans.createForStageEntries(workspace.successPlans(), frame, journey, asOf, runId);
        SuccessPlans.RunChanges changes = plans.evaluateObjectives(definitions, frame, asOf, runId);
        plans.putCounts(frame, asOf);
        if (workspace.journey().defined()) {
            LOG.info("Run {}: {} account(s) changed journey stage, {} success plan(s) created, {} objective(s) achieved, {} missed", runId,
                    journey.changes().size(), created, changes.achieved(), changes.missed());
        }
        return journey;
    }

    /** Adds the same columns as {@link #run} from the stored state, writing nothing; objectives keep their stored status. */
    static JourneyEngine.Evaluation preview(Definitions definitions, Store store, AccountFrame frame, LocalDate asOf) {
        Map<String, JourneyEngine.OpenStage> open = new JourneyHistory(store).loadOpen();
        JourneyEngine.Evaluation journey = JourneyEngine.evaluate(definitions, frame, asOf, open);
        new SuccessPlans(store).putCounts(frame, asOf);
        return journey;
    }

    /**
     * Writes journey.csv: each account's stage, the day it entered it and the rule that set it.
     * Without a journey section the file has its header only, so the set of output files is the same for every workspace.
     */
    static void write(Path folder, JourneyEngine.Evaluation journey) {
        try (Csv csv = Csv.open(folder.resolve(FILE), "account_id", "stage", "since", "rule")) {
            for (int row = 0; row < journey.accountIds().size(); row++) {
                JourneyEngine.OpenStage stage = journey.stages().get(row);
                if (stage != null) {
                    csv.row(journey.accountIds().get(row), stage.stage(), stage.enteredOn(), stage.rule());
                }
            }
        }
    }
}
