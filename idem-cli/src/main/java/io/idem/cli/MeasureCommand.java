package io.idem.cli;

import io.idem.cycle.Measure;
import io.idem.store.Store;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem measure}: the Measure stage alone, with the HTML report and Parquet exports. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measure revenue, plays and attribution on the data and state already in the store, write the HTML report, "
                + "and copy every CSV output to Parquet under OUT/parquet for BI tools. Changes no state.")
final class MeasureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--as-of", description = "Date to measure at, yyyy-mm-dd (default: the last run's as-of date).")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ./out).")
    Path out;

    @Option(names = "--attribution-window-days", defaultValue = "90",
            description = "Days around a booking within which expansion MRR is attributed to a won opportunity or a play (default: 90).")
    int attributionWindowDays;

    @Option(names = "--reactivation-window-days",
            description = "An account that pays again within this many days of churning is a reactivation; later it counts as new "
                    + "(default: no limit, any return is a reactivation).")
    Integer reactivationWindowDays;

    @Option(names = "--backtest-months", defaultValue = "12", description = "Month ends the trigger backtest replays (default: 12).")
    int backtestMonths;

    @Override
    public Integer call() {
        if (reactivationWindowDays != null && reactivationWindowDays < 0) {
            spec.commandLine().getErr().println("error: --reactivation-window-days is " + reactivationWindowDays + "; give 0 or more days");
            return 2;
        }
        if (attributionWindowDays < 0) {
            spec.commandLine().getErr().println("error: --attribution-window-days is " + attributionWindowDays + "; give 0 or more days");
            return 2;
        }
        Workspace workspace = WorkspaceLoader.load(storeOptions.workspace);
        try (Store store = storeOptions.open()) {
            LocalDate day = asOf == null ? StoreOptions.lastRunDay(store) : asOf;
            Measure.Result result = Measure.run(workspace, store, day, out, attributionWindowDays, backtestMonths, reactivationWindowDays);
            var output = spec.commandLine().getOut();
            output.println("Measured workspace " + workspace.name() + " at " + day + ": report " + result.report());
            output.println("Parquet copies of " + result.parquetFiles().size() + " CSV file(s) in " + out.resolve("parquet"));
            output.flush();
        }
        return 0;
    }
}
