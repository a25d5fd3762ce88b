package io.idem.cycle;

import io.idem.design.measure.LedgerCsvReader;
import io.idem.design.measure.LedgerExpansion;
import io.idem.design.measure.OperationsOutputs;
import io.idem.identify.Definitions;
import io.idem.report.HtmlReport;
import io.idem.revenue.BacktestCsvWriter;
import io.idem.revenue.BacktestRow;
import io.idem.revenue.ExpansionOutcomes;
import io.idem.revenue.LedgerCsvWriter;
import io.idem.revenue.MetricWindow;
import io.idem.revenue.RevenueCalculator;
import io.idem.revenue.RevenueOutputs;
import io.idem.revenue.RevenueSettings;
import io.idem.revenue.TriggerBacktest;
import io.idem.revenue.TriggerFirings;
import io.idem.store.ParquetExport;
import io.idem.store.Store;
import io.idem.workspace.Trigger;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Measure stage on its own, over the data and state already in the store. It writes the
 * stored triggers, plays, tasks and opportunities; the revenue ledger, metrics and cohorts;
 * operational measures and attribution with a chosen window; the trigger backtest; the HTML
 * report; and Parquet copies of every CSV output. It writes no state.
 */
public final class Measure {

    /** The folder, report and Parquet files a measure run wrote. */
    public record Result(Path folder, Path report, List<Path> parquetFiles) {
    }

    private Measure() {
    }

    /**
     * @param reactivationWindowDays days within which a returning account counts as reactivated
     *                               rather than new, or null for no limit
     */
    public static Result run(Workspace workspace, Store store, LocalDate asOf, Path folder, int attributionWindowDays, int backtestMonths,
                             Integer reactivationWindowDays) {
        Definitions definitions = Definitions.compile(workspace);
        OutputWriter state = new OutputWriter(folder, workspace);
        state.triggers(store);
        state.plays(store);
        RevenueSettings settings = RevenueSettings.of(workspace).withReactivationWindowDays(reactivationWindowDays);
        RevenueOutputs.writeAll(RevenueCalculator.forWorkspace(store, workspace, settings), asOf, MetricWindow.trailingTwelveMonths(asOf),
                folder);

        List<LedgerExpansion> expansions = LedgerCsvReader.read(folder.resolve(LedgerCsvWriter.FILE));
        OperationsOutputs.write(store, workspace, asOf, expansions, attributionWindowDays, folder);

        List<LocalDate> monthEnds = TriggerReplay.monthEnds(asOf, backtestMonths, ExpansionOutcomes.DEFAULT_HORIZON_DAYS);
        Map<String, Map<LocalDate, Set<String>>> replayed = TriggerReplay.replay(definitions, store, monthEnds, "measure", RunListener.NONE);
        List<TriggerFirings> firings = new ArrayList<>();
        for (Trigger trigger : workspace.triggers().values()) {
            firings.add(new TriggerFirings(trigger.name(), trigger.kind(), replayed.getOrDefault(trigger.name(), Map.of())));
        }
        List<BacktestRow> backtest = new TriggerBacktest(ExpansionOutcomes.load(store, workspace, asOf), ExpansionOutcomes.DEFAULT_HORIZON_DAYS)
                .run(firings);
        BacktestCsvWriter.write(folder, backtest);

        Path report;
        try {
            report = HtmlReport.write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + folder + ": " + e.getMessage(), e);
        }
        List<Path> parquet = ParquetExport.exportAll(folder, folder.resolve("parquet"));
        return new Result(folder, report, parquet);
    }
}
