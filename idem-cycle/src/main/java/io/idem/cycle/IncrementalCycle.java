package io.idem.cycle;

import io.idem.design.health.HealthRepository;
import io.idem.design.health.HealthScore;
import io.idem.design.health.HealthScorer;
import io.idem.design.playbook.PlayPlan;
import io.idem.design.playbook.PlayPlanner;
import io.idem.design.playbook.PlayRepository;
import io.idem.design.playbook.StepRepository;
import io.idem.design.playbook.StepState;
import io.idem.design.playbook.WebhookSender;
import io.idem.identify.AccountFrame;
import io.idem.identify.ChangedAccounts;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.identify.IdentifyState;
import io.idem.identify.SegmentEngine;
import io.idem.identify.SubsetState;
import io.idem.identify.TriggerEngine;
import io.idem.ingest.ImportSummary;
import io.idem.ingest.Importer;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.store.StoreLocation;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Scoring;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An incremental run: imports the workspace's files like a full run, then re-evaluates only the
 * accounts whose rows the imports since the last evaluation added, changed or deleted, at the
 * as-of date of the last full run (the base run). For those accounts it recomputes features,
 * health, journey stages, success plans and objectives, trigger states and firings and segment
 * memberships. It then starts the plays of their entries and firings, moves their open plays
 * through their steps and cancels the plays of segments they left. It stores all of it in one
 * transaction, with the same result as a second full run at that date. Health scores replace the
 * accounts' scores of the base run. Outputs, the report, revenue, the backtest, the steps of other
 * accounts' plays and task escalation are left to full runs.
 *
 * <p>It raises {@link IncrementalRunException} when it cannot match a full run: no full run yet,
 * another as-of date (every time window moves), another configuration, a health model with a
 * percentile measure (ranks depend on every account of a peer group), or a source loaded without a
 * previous version to compare with.
 */
public final class IncrementalCycle {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalCycle.class);

    private IncrementalCycle() {
    }

    /**
     * The outcome of an incremental run.
     *
     * @param changedAccounts accounts recorded as changed by imports and evaluated by this run
     * @param removedAccounts changed accounts no longer in the accounts source; their trigger states,
     *                        open memberships and base-run health scores were removed
     * @param entered         per segment, the changed accounts that entered it
     * @param left            per segment, the changed accounts that left it
     * @param fired           per trigger, the changed accounts it fired for
     * @param playsStarted    plays started for changed accounts that entered a segment or fired a trigger
     * @param tasksCreated    tasks created by the steps of those plays and of the changed accounts' open plays
     * @param opportunitiesCreated opportunities created in the same way
     * @param playsCancelled  open plays cancelled because their account left the segment that started them
     */
    public record Result(String runId, String baseRunId, LocalDate asOf, ImportSummary imports, int changedAccounts, int removedAccounts,
                         Map<String, Integer> entered, Map<String, Integer> left, Map<String, Integer> fired, int playsStarted,
                         int tasksCreated, int opportunitiesCreated, int playsCancelled, Map<String, Long> stageMillis) {

        public Result {
            entered = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entered));
            left = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(left));
            fired = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fired));
            stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        }
    }

    /** The last successful full run of a store. */
    record BaseRun(String runId, LocalDate asOf, String configHash) {
    }

    /**
     * Runs incrementally. The request's output folder and backtest months are not used.
     *
     * @throws IncrementalRunException when only a full run can give the right result; see the class comment
     */
    public static Result run(RunRequest request, RunListener listener) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Workspace workspace = WorkspaceLoader.load(request.workspace());
        Definitions definitions = Definitions.compile(workspace);
        LocalDate asOf = request.asOf() != null ? request.asOf() : workspace.asOf() != null ? workspace.asOf() : LocalDate.now();
        Path dataDirectory = request.dataDirectory() != null ? request.dataDirectory() : workspace.dataDirectory();
        String runId = IdemCycle.newRunId(asOf);
        rejectPercentileMeasures(workspace);

        try (Store store = Store.open(StoreLocation.parse(request.store(), workspace.directory()))) {
            BaseRun base = baseRun(store, workspace, asOf);
            RunRecorder recorder = new RunRecorder(store);
            recorder.started(runId, workspace, asOf);
            recorder.mode(runId, "incremental", base.runId());
            LOG.info("Run {}: incremental run of workspace {} at as-of {} on base run {}", runId, workspace.name(), asOf, base.runId());

            long started = System.nanoTime();
            ImportSummary imports;
            ChangedAccounts changed;
            try {
                imports = Importer.importAll(workspace, dataDirectory, store, runId, IdemCycle.importProgress(listener));
                changed = ChangedAccounts.pending(store);
                if (!changed.unknownSources().isEmpty()) {
                    throw new IncrementalRunException("source(s) " + String.join(", ", changed.unknownSources()) + " were loaded with no "
                            + "previous table of the same columns to compare with, so any account may have changed; run 'idem run' "
                            + "without --incremental");
                }
            } catch (RuntimeException e) {
                recorder.finished(runId, "failed", e.getMessage());
                throw e;
            }
            finish(listener, stages, "import", started);

            Connection connection = store.connection();
            try {
                connection.setAutoCommit(false);
                Result result = evaluate(workspace, definitions, store, runId, base, changed, imports, listener, stages);
                changed.markEvaluatedBy(store, runId);
                recorder.finished(runId, "succeeded", null);
                connection.commit();
                connection.setAutoCommit(true);
                return result;
            } catch (SQLException e) {
                rollback(connection, runId, e);
                recorder.finished(runId, "failed", e.getMessage());
                throw new StoreException("cannot commit run " + runId + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback(connection, runId, e);
                recorder.finished(runId, "failed", e.getMessage());
                throw e;
            }
        }
    }

    private static Result evaluate(Workspace workspace, Definitions definitions, Store store, String runId, BaseRun base,
                                   ChangedAccounts changed, ImportSummary imports, RunListener listener, Map<String, Long> stages) {
        LocalDate asOf = base.asOf();
        List<String> accountIds = changed.accountIdList();

        long started = System.nanoTime();
        listener.stageStarted("identify: features", 0);
        AccountFrame frame = new FeatureEngine(definitions, store).computeFor(asOf, accountIds);
        finish(listener, stages, "identify: features", started);

        started = System.nanoTime();
        listener.stageStarted("design: health", workspace.healthModels().size());
        List<HealthScore> scores = new ArrayList<>();
        for (HealthModel model : workspace.healthModels()) {
            scores.addAll(HealthScorer.score(model, frame));
        }
        finish(listener, stages, "design: health", started);

        started = System.nanoTime();
        listener.stageStarted("identify: journey, success plans", 0);
        // Before triggers and segments, whose conditions may read journey_stage and the objective counts.
        JourneyStep.run(workspace, definitions, store, frame, asOf, runId);
        finish(listener, stages, "identify: journey, success plans", started);

        started = System.nanoTime();
        listener.stageStarted("identify: triggers, segments", 0);
        SubsetState state = new SubsetState(store);
        TriggerEngine.Evaluation triggers = TriggerEngine.evaluate(definitions, frame, asOf, state.loadTriggerStates(accountIds));
        Map<String, SegmentEngine.Change> segments = SegmentEngine.evaluate(definitions, frame, asOf, state.loadOpenMemberships(accountIds));
        state.replaceTriggerStates(triggers, accountIds, asOf, runId);
        new IdentifyState(store).saveMemberships(segments, asOf, runId);
        finish(listener, stages, "identify: triggers, segments", started);

        started = System.nanoTime();
        listener.stageStarted("design: health scores", 0);
        HealthScores.delete(store, base.runId(), accountIds);
        new HealthRepository(store).save(workspace.healthModels(), scores, asOf, base.runId());
        finish(listener, stages, "design: health scores", started);

        started = System.nanoTime();
        listener.stageStarted("execute: plays", 0);
        Plays plays = plays(workspace, store, runId, asOf, frame, accountIds, triggers, segments);
        finish(listener, stages, "execute: plays", started);

        Map<String, Integer> entered = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        segments.forEach((name, change) -> {
            entered.put(name, change.entered().size());
            left.put(name, change.left().size());
        });
        Map<String, Integer> fired = new LinkedHashMap<>();
        triggers.fired().forEach((name, accounts) -> fired.put(name, accounts.size()));
        int removed = accountIds.size() - frame.size();
        LOG.info("Run {}: re-evaluated {} changed account(s) at {} ({} no longer in the accounts source); entered {}, left {}, fired {}; "
                        + "{} play(s) started, {} task(s) and {} opportunit(ies) created, {} play(s) cancelled",
                runId, accountIds.size(), asOf, removed, entered, left, fired, plays.plan().plays().size(), plays.plan().tasks().size(),
                plays.plan().opportunities().size(), plays.cancelled());
        return new Result(runId, base.runId(), asOf, imports, accountIds.size(), removed, entered, left, fired, plays.plan().plays().size(),
                plays.plan().tasks().size(), plays.plan().opportunities().size(), plays.cancelled(), stages);
    }

    /** The plays step's plan and the number of plays it cancelled. */
    private record Plays(PlayPlan plan, int cancelled) {
    }

    /**
     * Plans and starts plays as a full run does, for the changed accounts only. At the base run's
     * date an unchanged account evaluates as before and neither enters a segment nor fires a
     * trigger, so the candidates are the ones a full run would find. The open plays of the changed
     * accounts move through their steps first, in the full run's order, so that round-robin and
     * least-loaded owners are picked in the same order. Open plays of other accounts stay where
     * they are until the next full run, which also escalates overdue tasks.
     */
    private static Plays plays(Workspace workspace, Store store, String runId, LocalDate asOf, AccountFrame frame, List<String> accountIds,
                               TriggerEngine.Evaluation triggers, Map<String, SegmentEngine.Change> segments) {
        Recommendations recommendations = Recommendations.rank(workspace, frame);
        PlayRepository plays = new PlayRepository(store);
        StepRepository playSteps = new StepRepository(store);
        // NOTE: cooldowns, open plays, task statuses and assignment counts are read for the whole
        // store, so this step's time grows with the plays stored, not with the changed accounts.
        StepState stored = playSteps.loadState();
        Set<String> subset = new HashSet<>(accountIds);
        List<StepState.OpenPlay> open = stored.openPlays().stream().filter(play -> subset.contains(play.accountId())).toList();
        StepState state = new StepState(open, stored.taskStatuses(), stored.playOpportunities(), stored.openTasksByOwner());
        PlayPlan plan = PlayPlanner.plan(workspace, frame, asOf, segments, triggers.fired(), plays.loadCooldowns(),
                plays.loadAssignmentCounts(workspace), recommendations.chooser(), state);
        plays.save(plan, runId);
        playSteps.save(plan, asOf, runId);
        playSteps.execute(plan, asOf, runId, new WebhookSender(System::getenv));
        int cancelled = 0;
        for (SegmentEngine.Change change : segments.values()) {
            if (!change.left().isEmpty()) {
                cancelled += plays.cancelForLeavers(change.segment(), change.left(), asOf, runId);
            }
        }
        plan.skipped().stream().limit(20).forEach(s -> LOG.info("Run {}: playbook {} skipped account {}: {}", runId, s.playbook(),
                s.accountId(), s.reason()));
        if (plan.skipped().size() > 20) {
            LOG.info("Run {}: {} more skipped play starts not listed", runId, plan.skipped().size() - 20);
        }
        return new Plays(plan, cancelled);
    }

    /** Percentile measures rank an account among all accounts of its peer group, so one account's change moves the others' scores. */
    private static void rejectPercentileMeasures(Workspace workspace) {
        for (HealthModel model : workspace.healthModels()) {
            for (HealthMeasure measure : model.measures()) {
                if (measure.scoring() instanceof Scoring.Percentile) {
                    throw new IncrementalRunException("health model '" + model.name() + "' scores measure '" + measure.name()
                            + "' by percentile within its peer group, so a change to one account moves the scores of the others; "
                            + "run 'idem run' without --incremental");
                }
            }
        }
    }

    /** Returns the last successful full run, checking that it used the same as-of date and configuration. */
    static BaseRun baseRun(Store store, Workspace workspace, LocalDate asOf) {
        String sql = "SELECT run_id, as_of, config_hash FROM idem_run WHERE status = 'succeeded' AND (run_mode IS NULL OR run_mode = 'full') "
                + "ORDER BY started_at DESC, run_id DESC LIMIT 1";
        BaseRun base;
        try (var statement = store.connection().prepareStatement(sql); var rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IncrementalRunException("no full run has succeeded in store " + store.location().describe()
                        + ", so there is no state to update; run 'idem run' without --incremental first");
            }
            base = new BaseRun(rows.getString(1), rows.getDate(2).toLocalDate(), rows.getString(3));
        } catch (SQLException e) {
            throw new StoreException("cannot read the last full run: " + e.getMessage(), e);
        }
        if (!base.asOf().equals(asOf)) {
            throw new IncrementalRunException("as-of date " + asOf + " differs from " + base.asOf() + " of the last full run " + base.runId()
                    + ": time windows move for every account at a new date; run 'idem run' without --incremental, or pass --as-of "
                    + base.asOf());
        }
        if (!base.configHash().equals(workspace.contentHash())) {
            throw new IncrementalRunException("idem.yaml changed since the last full run " + base.runId()
                    + ", so every account may evaluate differently; run 'idem run' without --incremental");
        }
        return base;
    }

    private static void rollback(Connection connection, String runId, Exception cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            LOG.warn("Run {} failed and its state changes were rolled back: {}", runId, cause.getMessage());
        } catch (SQLException e) {
            LOG.error("Run {}: rolling back after a failure failed too: {}", runId, e.getMessage(), e);
            cause.addSuppressed(e);
        }
    }

    private static void finish(RunListener listener, Map<String, Long> stages, String stage, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        stages.merge(stage, millis, Long::sum);
        listener.stageFinished(stage, millis);
    }
}
