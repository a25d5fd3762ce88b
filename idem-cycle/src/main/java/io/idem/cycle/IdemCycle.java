package io.idem.cycle;

import io.idem.design.health.HealthCsvWriter;
import io.idem.design.measure.ExpansionAttribution;
import io.idem.design.measure.LedgerCsvReader;
import io.idem.design.measure.LedgerExpansion;
import io.idem.design.measure.OperationsOutputs;
import io.idem.design.health.HealthRepository;
import io.idem.design.health.HealthScore;
import io.idem.design.health.HealthScorer;
import io.idem.design.playbook.PlayPlan;
import io.idem.design.playbook.PlayPlanner;
import io.idem.design.playbook.PlayRepository;
import io.idem.design.playbook.StepRepository;
import io.idem.design.playbook.WebhookSender;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.identify.IdentifyState;
import io.idem.identify.JourneyEngine;
import io.idem.identify.SegmentEngine;
import io.idem.identify.TriggerEngine;
import io.idem.identify.TriggerState;
import io.idem.ingest.ImportListener;
import io.idem.ingest.ImportSummary;
import io.idem.ingest.Importer;
import io.idem.report.HtmlReport;
import io.idem.revenue.BacktestCsvWriter;
import io.idem.revenue.BacktestRow;
import io.idem.revenue.ExpansionOutcomes;
import io.idem.revenue.LedgerCsvWriter;
import io.idem.revenue.MetricWindow;
import io.idem.revenue.RevenueCalculator;
import io.idem.revenue.RevenueOutputs;
import io.idem.revenue.RevenueResult;
import io.idem.revenue.TriggerBacktest;
import io.idem.revenue.TriggerFirings;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.store.StoreLocation;
import io.idem.workspace.ConfigProblem;
import io.idem.workspace.HealthModel;
import io.idem.workspace.StepChecks;
import io.idem.workspace.Trigger;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the IDEM cycle. It loads and checks the workspace, imports its files, and computes
 * features, health, triggers and segments at the as-of date. It then plans plays, measures
 * revenue, backtests the triggers, commits all state in one transaction and writes the outputs. A configuration error
 * stops the run before the store is opened; any later failure rolls the state back, so the store
 * keeps the previous run's results.
 */
public final class IdemCycle {

    private static final Logger LOG = LoggerFactory.getLogger(IdemCycle.class);
    private static final int OUTCOME_HORIZON_DAYS = ExpansionOutcomes.DEFAULT_HORIZON_DAYS;

    private IdemCycle() {
    }

    public static RunResult run(RunRequest request, RunListener listener) {
        Map<String, Long> stages = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();

        long started = System.nanoTime();
        listener.stageStarted("validate", 0);
        Workspace workspace = WorkspaceLoader.load(request.workspace());
        Definitions definitions = Definitions.compile(workspace);
        LocalDate asOf = request.asOf() != null ? request.asOf() : workspace.asOf() != null ? workspace.asOf() : LocalDate.now();
        Path dataDirectory = request.dataDirectory() != null ? request.dataDirectory() : workspace.dataDirectory();
        String runId = newRunId(asOf);
        finish(listener, stages, "validate", started);
        LOG.info("Run {} of workspace {} at as-of {} (configuration {})", runId, workspace.name(), asOf, workspace.contentHash().substring(0, 12));
        for (ConfigProblem warning : StepChecks.warnings(workspace)) {
            LOG.warn("Run {}: configuration warning: {}", runId, warning);
            warnings.add(warning.toString());
        }

        try (Store store = Store.open(StoreLocation.parse(request.store(), workspace.directory()))) {
            RunRecorder recorder = new RunRecorder(store);
            recorder.started(runId, workspace, asOf);
            recorder.mode(runId, "full", null);

            started = System.nanoTime();
            ImportSummary imports;
            try {
                imports = Importer.importAll(workspace, dataDirectory, store, runId, importProgress(listener));
            } catch (RuntimeException e) {
                recorder.finished(runId, "failed", e.getMessage());
                throw e;
            }
            finish(listener, stages, "import", started);

            Connection connection = store.connection();
            RunResult result;
            try {
                connection.setAutoCommit(false);
                result = identifyToMeasure(request, workspace, definitions, store, runId, asOf, imports, listener, stages, warnings);
                // A full run evaluates every account, so the changes imports recorded are no longer pending.
                io.idem.identify.ChangedAccounts.markEvaluated(store, runId);
                recorder.finished(runId, "succeeded", null);
                connection.commit();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                rollback(connection, runId, new StoreException(e.getMessage(), e));
                recorder.finished(runId, "failed", e.getMessage());
                throw new StoreException("cannot commit run " + runId + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback(connection, runId, e);
                recorder.finished(runId, "failed", e.getMessage());
                throw e;
            }

            // run.json is written before the report, which reads it for its footer, and again after it with the report stage timed.
            RunJson.write(request.outputDirectory(), result, stages);
            started = System.nanoTime();
            listener.stageStarted("report", 0);
            writeReport(request.outputDirectory(), runId);
            finish(listener, stages, "report", started);
            RunJson.write(request.outputDirectory(), result, stages);
            return new RunResult(result.runId(), result.workspaceName(), result.asOf(), result.configHash(), result.configVersion(),
                    result.outputDirectory(), result.imports(), result.accounts(), result.segmentSizes(), result.triggerFirings(),
                    result.playsStarted(), result.tasksCreated(), result.opportunitiesCreated(), result.revenue(),
                    result.backtestRows(), stages, warnings);
        }
    }

    private static void writeReport(Path folder, String runId) {
        try {
            HtmlReport.write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("run " + runId + ": cannot write the report in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static RunResult identifyToMeasure(RunRequest request, Workspace workspace, Definitions definitions, Store store, String runId,
                                               LocalDate asOf, ImportSummary imports, RunListener listener, Map<String, Long> stages,
                                               List<String> warnings) {
        long started = System.nanoTime();
        listener.stageStarted("identify: features", 0);
        AccountFrame frame = new FeatureEngine(definitions, store).compute(asOf);
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
        JourneyEngine.Evaluation journey = JourneyStep.run(workspace, definitions, store, frame, asOf, runId);
        finish(listener, stages, "identify: journey, success plans", started);

        started = System.nanoTime();
        listener.stageStarted("identify: triggers, segments", 0);
        IdentifyState state = new IdentifyState(store);
        Map<String, Map<String, TriggerState>> storedTriggers = state.loadTriggerStates();
        TriggerEngine.Evaluation triggers = TriggerEngine.evaluate(definitions, frame, asOf, storedTriggers);
        Map<String, SegmentEngine.Change> segments = SegmentEngine.evaluate(definitions, frame, asOf, state.loadOpenMemberships());
        state.saveTriggers(triggers, storedTriggers, asOf, runId);
        state.saveMemberships(segments, asOf, runId);
        finish(listener, stages, "identify: triggers, segments", started);

        started = System.nanoTime();
        listener.stageStarted("design: recommendations", 0);
        Recommendations recommendations = Recommendations.rank(workspace, frame);
        finish(listener, stages, "design: recommendations", started);

        started = System.nanoTime();
        listener.stageStarted("execute: plays", 0);
        PlayRepository plays = new PlayRepository(store);
        StepRepository playSteps = new StepRepository(store);
        PlayPlan plan = PlayPlanner.plan(workspace, frame, asOf, segments, triggers.fired(), plays.loadCooldowns(),
                plays.loadAssignmentCounts(workspace), recommendations.chooser(), playSteps.loadState());
        plays.save(plan, runId);
        playSteps.save(plan, asOf, runId);
        playSteps.execute(plan, asOf, runId, new WebhookSender(System::getenv));
        int cancelled = 0;
        for (SegmentEngine.Change change : segments.values()) {
            if (!change.left().isEmpty()) {
                cancelled += plays.cancelForLeavers(change.segment(), change.left(), asOf, runId);
            }
        }
        int escalated = plays.escalateOverdue(workspace, asOf, runId);
        if (escalated > 0) {
            LOG.info("Run {}: escalated {} task(s) open past their playbook's SLA to the owners' managers", runId, escalated);
        }
        if (cancelled > 0) {
            LOG.info("Run {}: cancelled {} open play(s) whose account left the segment that started them", runId, cancelled);
        }
        new HealthRepository(store).save(workspace.healthModels(), scores, asOf, runId);
        plan.skipped().stream().limit(20).forEach(s -> LOG.info("Run {}: playbook {} skipped account {}: {}", runId, s.playbook(),
                s.accountId(), s.reason()));
        if (plan.skipped().size() > 20) {
            LOG.info("Run {}: {} more skipped play starts not listed", runId, plan.skipped().size() - 20);
        }
        finish(listener, stages, "execute: plays", started);

        started = System.nanoTime();
        listener.stageStarted("measure: revenue", 0);
        RevenueResult revenue = RevenueOutputs.writeAll(RevenueCalculator.forWorkspace(store, workspace), asOf,
                MetricWindow.trailingTwelveMonths(asOf), request.outputDirectory()).revenue();
        finish(listener, stages, "measure: revenue", started);

        started = System.nanoTime();
        listener.stageStarted("measure: operations", 0);
        List<LedgerExpansion> expansions = LedgerCsvReader.read(request.outputDirectory().resolve(LedgerCsvWriter.FILE));
        OperationsOutputs.write(store, workspace, asOf, expansions, ExpansionAttribution.DEFAULT_WINDOW_DAYS, request.outputDirectory());
        finish(listener, stages, "measure: operations", started);

        started = System.nanoTime();
        List<LocalDate> monthEnds = TriggerReplay.monthEnds(asOf, request.backtestMonths(), OUTCOME_HORIZON_DAYS);
        listener.stageStarted("measure: backtest", monthEnds.size());
        Map<String, Map<LocalDate, Set<String>>> replayed = TriggerReplay.replay(definitions, store, monthEnds, runId, listener);
        List<TriggerFirings> firings = new ArrayList<>();
        for (Trigger trigger : workspace.triggers().values()) {
            firings.add(new TriggerFirings(trigger.name(), trigger.kind(), replayed.getOrDefault(trigger.name(), Map.of())));
        }
        List<BacktestRow> backtest = new TriggerBacktest(ExpansionOutcomes.load(store, workspace, asOf), OUTCOME_HORIZON_DAYS).run(firings);
        BacktestCsvWriter.write(request.outputDirectory(), backtest);
        finish(listener, stages, "measure: backtest", started);

        started = System.nanoTime();
        listener.stageStarted("outputs", 0);
        OutputWriter outputs = new OutputWriter(request.outputDirectory(), workspace);
        Map<String, Map<String, LocalDate>> entryDates = state.loadEntryDates();
        outputs.segments(definitions, frame, segments, entryDates, asOf);
        ExplanationWriter explanations = new ExplanationWriter(request.outputDirectory(), definitions, frame, asOf);
        explanations.segments(segments, entryDates);
        explanations.triggers(triggers.fired());
        outputs.features(frame);
        JourneyStep.write(request.outputDirectory(), journey);
        recommendations.write(request.outputDirectory());
        HealthCsvWriter.write(request.outputDirectory(), workspace.healthModels(), scores);
        outputs.triggers(store);
        outputs.plays(store);
        finish(listener, stages, "outputs", started);

        Map<String, Integer> sizes = new LinkedHashMap<>();
        segments.forEach((name, change) -> sizes.put(name, change.members().size()));
        Map<String, Integer> fired = new LinkedHashMap<>();
        triggers.fired().forEach((name, accounts) -> fired.put(name, accounts.size()));
        LOG.info("Run {}: {} accounts, {} plays started, {} opportunities", runId, frame.size(), plan.plays().size(),
                plan.opportunities().size());
        return new RunResult(runId, workspace.name(), asOf, workspace.contentHash(), workspace.version(), request.outputDirectory(), imports,
                frame.size(), sizes, fired, plan.plays().size(), plan.tasks().size(), plan.opportunities().size(), revenue.summary(),
                backtest.size(), stages, warnings);
    }

    static ImportListener importProgress(RunListener listener) {
        return new ImportListener() {
            @Override
            public void fileStarted(String sourceName, Path file, long totalBytes) {
                listener.stageStarted("import: " + sourceName, totalBytes);
            }

            @Override
            public void bytesRead(String sourceName, Path file, long bytesRead, long totalBytes) {
                listener.progress(bytesRead);
            }
        };
    }

    private static void rollback(Connection connection, String runId, RuntimeException cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            LOG.warn("Run {} failed and its state changes were rolled back: {}", runId, cause.getMessage());
        } catch (SQLException e) {
            LOG.error("Run {}: rolling back after a failure failed too: {}", runId, e.getMessage(), e);
            cause.addSuppressed(new StoreException("rollback failed: " + e.getMessage(), e));
        }
    }

    private static void finish(RunListener listener, Map<String, Long> stages, String stage, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        stages.merge(stage, millis, Long::sum);
        listener.stageFinished(stage, millis);
    }

    static String newRunId(LocalDate asOf) {
        return "run-" + asOf + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
