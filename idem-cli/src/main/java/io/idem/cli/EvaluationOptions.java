package io.idem.cli;

import io.idem.cycle.DryRun;
import io.idem.identify.AccountFrame;
import io.idem.workspace.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * Options of the commands that evaluate a workspace without writing (segment and trigger preview and
 * explain), and the account lookup they share.
 */
final class EvaluationOptions {

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder containing idem.yaml (default: the current folder).")
    Path workspace;

    @Option(names = "--as-of", description = "Date to evaluate at, yyyy-mm-dd (default: the workspace's as_of, else the last run's).")
    LocalDate asOf;

    @Option(names = "--store", description = "Store address (default: the workspace's DuckDB file).")
    String store;

    /** Evaluates features, triggers and segments at the as-of date, as a dry run. */
    DryRun.Outcome evaluate() {
        return DryRun.evaluate(workspace, store, asOf);
    }

    /** Returns the frame row of {@code account}, or -1 after printing an error with a close id when there is one. */
    static int accountRow(AccountFrame frame, String account, PrintWriter err) {
        int row = frame.rowOf(account);
        if (row < 0) {
            // The list of ids may be long, so the fix names one close id or none.
            String fix = Suggestions.closest(account, frame.accountIds()).map(c -> "did you mean '" + c + "'?")
                    .orElse("check the account_id in the accounts source; ids are case-sensitive");
            err.println("error: account '" + account + "' not found in the accounts source: " + fix);
        }
        return row;
    }
}
