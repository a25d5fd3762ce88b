package io.idem.cli;

import io.idem.cycle.SignalBacktest;
import io.idem.identify.Definitions;
import io.idem.store.Store;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem backtest}: precision, recall, lift and lead time of every trigger, segment and health band on history. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replay the workspace's triggers, segments and health bands at past month ends on the imported data and "
                + "measure how well each flagged accounts that expanded. Writes backtest_signals.csv; changes no live state.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--as-of", description = "End of the history, yyyy-mm-dd (default: the last run's as-of date).")
    LocalDate asOf;

    @Option(names = "--months", defaultValue = "12", description = "Month ends to replay (default: 12).")
    int months;

    @Option(names = "--horizon-days", defaultValue = "90", description = "Days after each month end in which an expansion counts (default: 90).")
    int horizonDays;

    @Option(names = "--out", defaultValue = "out", description = "Folder for backtest_signals.csv (default: ./out).")
    Path out;

    @Override
    public Integer call() {
        Workspace workspace = WorkspaceLoader.load(storeOptions.workspace);
        Definitions definitions = Definitions.compile(workspace);
        try (Store store = storeOptions.open()) {
            LocalDate end = asOf == null ? StoreOptions.lastRunDay(store) : asOf;
            List<SignalBacktest.Row> rows = SignalBacktest.run(definitions, store, end, months, horizonDays);
            Path file = SignalBacktest.write(out, rows);
            PrintWriter output = spec.commandLine().getOut();
            output.printf(Locale.ROOT, "Backtest of %s over %d month end(s) up to %s, horizon %d days (configuration %s)%n", workspace.name(),
                    rows.stream().map(SignalBacktest.Row::monthEnd).distinct().count(), end, horizonDays,
                    rows.isEmpty() ? "-" : rows.get(0).configuration());
            output.printf(Locale.ROOT, "  %-12s %-34s %8s %9s %7s %6s %9s%n", "type", "signal", "flagged", "precision", "recall", "lift", "lead days");
            Map<String, List<SignalBacktest.Row>> bySignal = rows.stream().collect(Collectors.groupingBy(r -> r.type() + "|" + r.signal(),
                    java.util.LinkedHashMap::new, Collectors.toList()));
            bySignal.forEach((key, signalRows) -> {
                int flagged = signalRows.stream().mapToInt(SignalBacktest.Row::flagged).sum();
                int hits = signalRows.stream().mapToInt(SignalBacktest.Row::flaggedExpanded).sum();
                int expanded = signalRows.stream().mapToInt(SignalBacktest.Row::expanded).sum();
                int paying = signalRows.stream().mapToInt(SignalBacktest.Row::paying).sum();
                double precision = flagged == 0 ? Double.NaN : (double) hits / flagged;
                double recall = expanded == 0 ? Double.NaN : (double) hits / expanded;
                double base = paying == 0 ? Double.NaN : (double) expanded / paying;
                double lead = signalRows.stream().map(SignalBacktest.Row::medianLeadDays).filter(java.util.Objects::nonNull)
                        .mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                String[] parts = key.split("\\|", 2);
                output.printf(Locale.ROOT, "  %-12s %-34s %8d %9s %7s %6s %9s%n", parts[0], parts[1], flagged, ratio(precision), ratio(recall),
                        ratio(precision / base), ratio(lead));
            });
            output.println("Pooled over month ends; per-month rows in " + file);
            output.flush();
        }
        return 0;
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
