package io.idem.cycle;

import io.idem.design.health.HealthScorer;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.identify.SegmentEngine;
import io.idem.identify.TriggerEngine;
import io.idem.identify.TriggerState;
import io.idem.revenue.ExpansionOutcome;
import io.idem.revenue.ExpansionOutcomes;
import io.idem.store.Store;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Trigger;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backtests every trigger, segment and health band on history. Idem is replayed in memory at each
 * past month end d. The accounts a signal flags on d (a trigger that fired, segment members,
 * accounts in a band) are compared with the paying accounts that expanded within the horizon
 * after d. Nothing is read from or written to the live state tables.
 *
 * <p>precision = flagged and expanded ÷ flagged; recall = flagged and expanded ÷ expanded;
 * base rate = expanded ÷ paying; lift = precision ÷ base rate; lead time = days from d to the
 * first day the account's MRR exceeded its MRR on d, median over flagged accounts that expanded.
 */
public final class SignalBacktest {

    /** One signal at one month end. Ratios are null when their denominator is 0. */
    public record Row(String type, String signal, String kind, LocalDate monthEnd, int flagged, int flaggedExpanded, Double precision,
                      int expanded, Double recall, int paying, Double baseRate, Double lift, Double medianLeadDays, String configuration) {
    }

    private SignalBacktest() {
    }

    public static List<Row> run(Definitions definitions, Store store, LocalDate asOf, int months, int horizonDays) {
        Workspace workspace = definitions.workspace();
        String configuration = (workspace.version() == null ? "" : workspace.version() + "@") + workspace.contentHash().substring(0, 12);
        List<LocalDate> monthEnds = TriggerReplay.monthEnds(asOf, months, horizonDays);
        Set<String> all = new LinkedHashSet<>(workspace.features().keySet());
        definitions.aggregateFeatures().forEach(feature -> all.add(feature.name()));
        Map<LocalDate, AccountFrame> frames = new FeatureEngine(definitions, store).computeAt(monthEnds, all);
        ExpansionOutcomes outcomes = ExpansionOutcomes.load(store, workspace, asOf);

        List<Row> rows = new ArrayList<>();
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        for (LocalDate day : monthEnds) {
            AccountFrame frame = frames.get(day);
            for (HealthModel model : workspace.healthModels()) {
                HealthScorer.score(model, frame);
            }
            TriggerReplay.putJourney(definitions, frame, day, true);
            TriggerEngine.Evaluation triggers = TriggerEngine.evaluate(definitions, frame, day, states);
            states = triggers.states();
            Map<String, SegmentEngine.Change> segments = SegmentEngine.evaluate(definitions, frame, day, Map.of());
            ExpansionOutcome outcome = outcomes.outcome(day, horizonDays);

            for (Trigger trigger : workspace.triggers().values()) {
                rows.add(row("trigger", trigger.name(), trigger.kind().configName(), day, new HashSet<>(triggers.fired().get(trigger.name())),
                        outcome, configuration));
            }
            for (SegmentEngine.Change segment : segments.values()) {
                rows.add(row("segment", segment.segment(), "", day, new HashSet<>(segment.members()), outcome, configuration));
            }
            for (HealthModel model : workspace.healthModels()) {
                Object[] bands = frame.column(model.name() + "_band");
                for (var band : model.bands()) {
                    Set<String> inBand = new HashSet<>();
                    for (int r = 0; r < frame.size(); r++) {
                        if (band.name().equals(bands[r])) {
                            inBand.add(frame.accountIds().get(r));
                        }
                    }
                    rows.add(row("health_band", model.name() + "=" + band.name(), "", day, inBand, outcome, configuration));
                }
            }
        }
        return rows;
    }

    private static Row row(String type, String signal, String kind, LocalDate day, Set<String> flaggedAll, ExpansionOutcome outcome,
                           String configuration) {
        Set<String> flagged = new HashSet<>(flaggedAll);
        flagged.retainAll(outcome.base());
        List<Long> leads = new ArrayList<>();
        int hits = 0;
        for (String account : flagged) {
            LocalDate expandedOn = outcome.expandedOn().get(account);
            if (expandedOn != null) {
                hits++;
                leads.add(ChronoUnit.DAYS.between(day, expandedOn));
            }
        }
        int expanded = outcome.expanded().size();
        int paying = outcome.base().size();
        Double precision = flagged.isEmpty() ? null : (double) hits / flagged.size();
        Double recall = expanded == 0 ? null : (double) hits / expanded;
        Double baseRate = paying == 0 ? null : (double) expanded / paying;
        Double lift = precision == null || baseRate == null || baseRate == 0 ? null : precision / baseRate;
        return new Row(type, signal, kind, day, flagged.size(), hits, precision, expanded, recall, paying, baseRate, lift, median(leads),
                configuration);
    }

    private static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** Writes {@code backtest_signals.csv} into {@code folder}. */
    public static Path write(Path folder, List<Row> rows) {
        Path file = folder.resolve("backtest_signals.csv");
        try (Csv csv = Csv.open(file, "type", "signal", "kind", "month_end", "flagged", "flagged_expanded", "precision", "expanded", "recall",
                "paying", "base_rate", "lift", "median_lead_days", "configuration")) {
            for (Row row : rows) {
                csv.row(row.type(), row.signal(), row.kind(), row.monthEnd(), row.flagged(), row.flaggedExpanded(), row.precision(), row.expanded(),
                        row.recall(), row.paying(), row.baseRate(), row.lift(), row.medianLeadDays(), row.configuration());
            }
        }
        return file;
    }
}
