package io.idem.cli;

import io.idem.cycle.RunResult;
import io.idem.ingest.FileImport;
import io.idem.revenue.ExpansionShare;
import io.idem.revenue.RetentionRatio;
import io.idem.revenue.RevenueSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints the short console summary of a run. */
final class RunSummaryPrinter {

    private RunSummaryPrinter() {
    }

    static void print(PrintWriter out, RunResult result) {
        out.printf(Locale.ROOT, "Idem run %s: workspace %s, as of %s, configuration %s%s%n", result.runId(), result.workspaceName(),
                result.asOf(), result.configHash().substring(0, 12), result.configVersion() == null ? "" : " (version " + result.configVersion() + ")");
        out.println("Import (rows read / loaded / quarantined):");
        for (FileImport file : result.imports().files()) {
            out.printf(Locale.ROOT, "  %-16s %,10d %,10d %,8d%s%n", file.sourceName(), file.rowsRead(), file.rowsLoaded(),
                    file.rowsQuarantined(), file.skipped() ? "  (unchanged, not re-imported)" : "");
            file.warnings().forEach(warning -> out.printf(Locale.ROOT, "    note: %s%n", warning.message()));
        }
        out.printf(Locale.ROOT, "Accounts: %,d%n", result.accounts());
        out.println("Segments (members):");
        for (Map.Entry<String, Integer> segment : result.segmentSizes().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %,8d%n", segment.getKey(), segment.getValue());
        }
        out.println("Triggers fired this run:");
        for (Map.Entry<String, Integer> trigger : result.triggerFirings().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %,8d%n", trigger.getKey(), trigger.getValue());
        }
        out.printf(Locale.ROOT, "Plays started: %,d (tasks %,d, opportunities %,d)%n", result.playsStarted(), result.tasksCreated(),
                result.opportunitiesCreated());
        RevenueSummary revenue = result.revenue();
        String currency = revenue.settings().currency();
        out.printf(Locale.ROOT, "Revenue: MRR %s %,.2f, ARR %s %,.2f%n", currency, revenue.mrr(), currency, revenue.arr());
        out.println("  NRR " + ratio(revenue.nrr()) + ", GRR " + ratio(revenue.grr()));
        ExpansionShare share = revenue.expansionShare();
        out.println("  Expansion share " + share(share) + " against a target of "
                + percent(revenue.settings().expansionShare().target()));
        out.println("Outputs: " + result.outputDirectory().toAbsolutePath().normalize() + " (report.html)");
        out.flush();
    }

    private static String ratio(RetentionRatio ratio) {
        if (ratio.value() == null) {
            return "n/a (" + ratio.reason() + ")";
        }
        return percent(ratio.value()) + " (" + ratio.startMonth() + " to " + ratio.endMonth() + ")";
    }

    private static String share(ExpansionShare share) {
        if (share.value() == null) {
            return "n/a (" + share.reason() + ")";
        }
        return percent(share.value()) + " (" + share.startMonth() + " to " + share.endMonth() + ")";
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
