package io.idem.cycle;

import io.idem.design.health.HealthScorer;
import io.idem.design.playbook.PlayPlan;
import io.idem.design.playbook.PlayPlanner;
import io.idem.design.playbook.PlayRepository;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.identify.IdentifyState;
import io.idem.identify.SegmentEngine;
import io.idem.identify.TriggerEngine;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.store.StoreLocation;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A preview of a run with the workspace's current idem.yaml on the data already in the store,
 * written nowhere: segment entries and exits, trigger firings, and the plays, tasks and
 * opportunities that would start. Used by {@code idem plan}, {@code idem segments preview} and
 * {@code idem plays dry-run}. Files are not re-imported; run {@code idem run} to load new data.
 */
public final class DryRun {

    private DryRun() {
    }

    /**
     * The outcome of a dry run. {@code frame} has every feature, score, trigger and segment column, and
     * {@code membersWithoutPlay} has one entry per segment playbook.
     */
    public record Outcome(Workspace workspace, Definitions definitions, LocalDate asOf, AccountFrame frame,
                          Map<String, SegmentEngine.Change> segments, TriggerEngine.Evaluation triggers, PlayPlan plays,
                          List<MembersWithoutPlay> membersWithoutPlay) {
    }

    public static Outcome evaluate(Path workspaceDirectory, String storeAddress, LocalDate requestedAsOf) {
        Workspace workspace = WorkspaceLoader.load(workspaceDirectory);
        Definitions definitions = Definitions.compile(workspace);
        try (Store store = Store.open(StoreLocation.parse(storeAddress, workspace.directory()))) {
            LocalDate asOf = requestedAsOf != null ? requestedAsOf : workspace.asOf() != null ? workspace.asOf() : lastRunAsOf(store);
            requireImported(store, workspace);
            AccountFrame frame = new FeatureEngine(definitions, store).compute(asOf);
            for (HealthModel model : workspace.healthModels()) {
                HealthScorer.score(model, frame);
            }
            JourneyStep.preview(definitions, store, frame, asOf);
            IdentifyState state = new IdentifyState(store);
            TriggerEngine.Evaluation triggers = TriggerEngine.evaluate(definitions, frame, asOf, state.loadTriggerStates());
            Map<String, Set<String>> openMemberships = state.loadOpenMemberships();
            Map<String, SegmentEngine.Change> segments = SegmentEngine.evaluate(definitions, frame, asOf, openMemberships);
            PlayRepository plays = new PlayRepository(store);
            Map<String, Map<String, LocalDate>> cooldowns = plays.loadCooldowns();
            PlayPlan plan = PlayPlanner.plan(workspace, frame, asOf, segments, triggers.fired(), cooldowns,
                    plays.loadAssignmentCounts(workspace), Recommendations.rank(workspace, frame).chooser(),
                    new io.idem.design.playbook.StepRepository(store).loadState());
            List<MembersWithoutPlay> membersWithoutPlay = MembersWithoutPlay.count(workspace, segments, openMemberships, cooldowns);
            return new Outcome(workspace, definitions, asOf, frame, segments, triggers, plan, membersWithoutPlay);
        }
    }

    private static LocalDate lastRunAsOf(Store store) {
        try (PreparedStatement statement = store.connection().prepareStatement(
                "SELECT as_of FROM idem_run WHERE status = 'succeeded' ORDER BY started_at DESC LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1, LocalDate.class) : LocalDate.now();
        } catch (SQLException e) {
            throw new StoreException("cannot read the last run: " + e.getMessage(), e);
        }
    }

    private static void requireImported(Store store, Workspace workspace) {
        try (PreparedStatement statement = store.connection().prepareStatement("SELECT COUNT(*) FROM import_file");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            if (rows.getLong(1) == 0) {
                throw new StoreException("no imported data found in the store of workspace " + workspace.name() + "; "
                        + "run 'idem run --workspace " + workspace.directory() + "' first");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the import history: " + e.getMessage(), e);
        }
    }
}
