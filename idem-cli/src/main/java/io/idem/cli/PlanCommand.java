package io.idem.cli;

import io.idem.cycle.ConfigHistory;
import io.idem.cycle.DryRun;
import io.idem.cycle.MembersWithoutPlay;
import io.idem.cycle.PlanFile;
import io.idem.design.playbook.Opportunity;
import io.idem.design.playbook.Play;
import io.idem.design.playbook.PlayPlan;
import io.idem.identify.JourneyEngine;
import io.idem.identify.SegmentEngine;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem plan}: what the current idem.yaml would change, before it is applied by a run. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what a run with the current idem.yaml would do on the data already imported: accounts entering and "
                + "leaving each segment, triggers firing and plays starting. Writes nothing.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder containing idem.yaml (default: the current folder).")
    Path workspace;

    @Option(names = "--as-of", description = "Date to evaluate at, yyyy-mm-dd (default: the workspace's as_of, else the last run's).")
    LocalDate asOf;

    @Option(names = "--store", description = "Store address (default: the workspace's DuckDB file).")
    String store;

    @Option(names = "--plays", description = "List every play that would start, not only the counts.")
    boolean listPlays;

    @Option(names = "--out", description = "Also save the plan to this JSON file, with the configuration hash, the store's last run "
            + "and the as-of date, for 'idem apply FILE'.")
    Path planFile;

    @Override
    public Integer call() {
        DryRun.Outcome outcome = DryRun.evaluate(workspace, store, asOf);
        PrintWriter out = spec.commandLine().getOut();
        print(out, outcome, listPlays);
        if (planFile != null) {
            String lastRunId;
            try (Store opened = Store.open(StoreLocation.parse(store, outcome.workspace().directory()))) {
                lastRunId = new ConfigHistory(opened).lastRunId().orElse(null);
            }
            PlanFile plan = new PlanFile(outcome.workspace().name(), outcome.workspace().contentHash(), outcome.workspace().version(),
                    outcome.asOf(), lastRunId);
            PlanFile.write(planFile, plan, outcome);
            out.printf(Locale.ROOT, "Plan saved to %s; apply it with 'idem apply %s --workspace %s'%n", planFile, planFile, workspace);
        }
        out.flush();
        return 0;
    }

    /** Prints what a run would change; {@code listPlays} adds one line per play. */
    static void print(PrintWriter out, DryRun.Outcome outcome, boolean listPlays) {
        out.printf(Locale.ROOT, "Plan for workspace %s at %s (configuration %s), nothing written:%n", outcome.workspace().name(),
                outcome.asOf(), outcome.workspace().contentHash().substring(0, 12));
        out.println("Segments (members, entering, leaving):");
        for (SegmentEngine.Change change : outcome.segments().values()) {
            out.printf(Locale.ROOT, "  %-28s %,8d  +%,d  -%,d%n", change.segment(), change.members().size(), change.entered().size(),
                    change.left().size());
        }
        if (outcome.workspace().journey().defined()) {
            out.println("Journey stages (accounts):");
            Map<Object, Long> byStage = java.util.Arrays.stream(outcome.frame().column(JourneyEngine.STAGE)).filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(stage -> stage, Collectors.counting()));
            for (String stage : outcome.workspace().journey().names()) {
                out.printf(Locale.ROOT, "  %-28s %,8d%n", stage, byStage.getOrDefault(stage, 0L));
            }
        }
        out.println("Triggers that would fire:");
        for (Map.Entry<String, java.util.List<String>> fired : outcome.triggers().fired().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %,8d%n", fired.getKey(), fired.getValue().size());
        }
        PlayPlan plays = outcome.plays();
        out.printf(Locale.ROOT, "Plays that would start: %,d (tasks %,d, opportunities %,d, skipped %,d)%n", plays.plays().size(),
                plays.tasks().size(), plays.opportunities().size(), plays.skipped().size());
        Map<String, Long> byPlaybook = plays.plays().stream().collect(Collectors.groupingBy(Play::playbook, java.util.TreeMap::new,
                Collectors.counting()));
        byPlaybook.forEach((playbook, count) -> out.printf(Locale.ROOT, "  %-28s %,8d%n", playbook, count));
        for (MembersWithoutPlay unreached : outcome.membersWithoutPlay()) {
            if (unreached.count() > 0) {
                out.println(unreached.message());
            }
        }
        if (listPlays) {
            Map<String, Opportunity> opportunities = plays.opportunities().stream().collect(Collectors.toMap(Opportunity::playId, o -> o));
            for (Play play : plays.plays()) {
                Opportunity opportunity = opportunities.get(play.playId());
                out.printf(Locale.ROOT, "  %s  %-20s %-16s owner %-16s %s%n", play.startedOn(), play.playbook(), play.accountId(),
                        play.owner(), opportunity == null ? "" : opportunity.motion().configName() + " " + opportunity.offer() + " "
                                + opportunity.expectedMrr() + "/month");
            }
        }
    }
}
