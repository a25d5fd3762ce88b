package io.idem.cli;

import io.idem.design.calibration.CalibrationCsvWriter;
import io.idem.design.calibration.CalibrationRow;
import io.idem.design.calibration.HealthCalibration;
import io.idem.design.health.ExplanationText;
import io.idem.design.health.HealthHistory;
import io.idem.identify.Definitions;
import io.idem.store.Store;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem health}: why a score moved, and whether the score predicts. */
@Command(name = "health", mixinStandardHelpOptions = true, description = "Explain health scores and check that they predict.",
        subcommands = {HealthCommand.Explain.class, HealthCommand.Calibrate.class})
final class HealthCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Show an account's latest score by measure and category, and which measures moved it since the previous run.")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Option(names = "--model", required = true, description = "Health model name from idem.yaml.")
        String model;
        @Option(names = "--account", required = true, description = "Account id.")
        String account;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                var explanation = new HealthHistory(store).explain(model, account);
                if (explanation.isEmpty()) {
                    spec.commandLine().getErr().println("error: no stored " + model + " score for account " + account
                            + "; check the names and run 'idem run' first");
                    return 2;
                }
                spec.commandLine().getOut().print(ExplanationText.render(explanation.get()));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = "Replay each health model at past month ends and report AUC and outcome rates by band for churn and "
                    + "expansion in the following 90 days; writes health_calibration.csv.")
    static final class Calibrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Option(names = "--as-of", required = true, description = "Last date of the history, yyyy-mm-dd.")
        LocalDate asOf;
        @Option(names = "--horizon-days", defaultValue = "90", description = "Outcome window after each month end, in days (default: 90).")
        int horizonDays;
        @Option(names = "--out", defaultValue = "out", description = "Folder for health_calibration.csv (default: ./out).")
        Path out;

        @Override
        public Integer call() {
            Workspace workspace = WorkspaceLoader.load(storeOptions.workspace);
            Definitions definitions = Definitions.compile(workspace);
            try (Store store = storeOptions.open()) {
                List<CalibrationRow> rows = HealthCalibration.run(definitions, store, asOf, horizonDays);
                Path file = CalibrationCsvWriter.write(out, rows);
                PrintWriter output = spec.commandLine().getOut();
                rows.stream().filter(r -> CalibrationRow.ALL_MONTHS.equals(r.month())).forEach(row -> output.printf(java.util.Locale.ROOT,
                        "%s over all month ends: %,d account-months, AUC churn %s, AUC expansion %s%n", row.model(), row.accounts(),
                        auc(row.aucChurn()), auc(row.aucExpansion())));
                output.println("Wrote " + rows.size() + " rows to " + file);
                output.flush();
            }
            return 0;
        }
    }

    static String auc(io.idem.design.calibration.Auc auc) {
        return auc.value() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", auc.value());
    }
}
