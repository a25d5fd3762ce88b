package io.idem.cli;

import io.idem.cycle.DryRun;
import io.idem.design.playbook.Opportunity;
import io.idem.design.playbook.Play;
import io.idem.design.playbook.PlayPlan;
import io.idem.design.playbook.Task;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem plays}: what playbooks would start. */
@Command(name = "plays", mixinStandardHelpOptions = true, description = "Inspect what playbooks would do.",
        subcommands = PlaysCommand.DryRunCommand.class)
final class PlaysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code idem plays dry-run}: every play, task and opportunity a run would create today, without creating them. */
    @Command(name = "dry-run", mixinStandardHelpOptions = true,
            description = "List exactly the plays, tasks and opportunities a run would create at the as-of date, and the accounts "
                    + "skipped with their reason. Writes nothing.")
    static final class DryRunCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder containing idem.yaml (default: the current folder).")
        Path workspace;

        @Option(names = "--as-of", description = "Date to evaluate at, yyyy-mm-dd (default: the workspace's as_of, else the last run's).")
        LocalDate asOf;

        @Option(names = "--store", description = "Store address (default: the workspace's DuckDB file).")
        String store;

        @Option(names = "--playbook", description = "Only this playbook.")
        String playbook;

        @Override
        public Integer call() {
            DryRun.Outcome outcome = DryRun.evaluate(workspace, store, asOf);
            if (playbook != null && !outcome.workspace().playbooks().containsKey(playbook)) {
                spec.commandLine().getErr().println("error: unknown playbook '" + playbook + "': "
                        + io.idem.workspace.Suggestions.hint(playbook, outcome.workspace().playbooks().keySet()));
                return 2;
            }
            PlayPlan plan = outcome.plays();
            Map<String, List<Task>> tasks = plan.tasks().stream().collect(Collectors.groupingBy(Task::playId));
            Map<String, Opportunity> opportunities = plan.opportunities().stream().collect(Collectors.toMap(Opportunity::playId, o -> o));
            PrintWriter out = spec.commandLine().getOut();
            int listed = 0;
            for (Play play : plan.plays()) {
                if (playbook != null && !play.playbook().equals(playbook)) {
                    continue;
                }
                listed++;
                out.printf(Locale.ROOT, "play %s for %s, started by %s, owner %s, cooldown until %s%n", play.playbook(), play.accountId(),
                        play.startedBy(), play.owner(), play.cooldownUntil());
                for (Task task : tasks.getOrDefault(play.playId(), List.of())) {
                    out.printf(Locale.ROOT, "  task %-12s due %s  %-16s %s%n", task.step(), task.dueOn(), task.owner(), task.title());
                }
                Opportunity opportunity = opportunities.get(play.playId());
                if (opportunity != null) {
                    out.printf(Locale.ROOT, "  opportunity %s %s, expected MRR %s%n", opportunity.motion().configName(), opportunity.offer(),
                            opportunity.expectedMrr());
                }
            }
            long skipped = plan.skipped().stream().filter(s -> playbook == null || s.playbook().equals(playbook)).peek(s ->
                    out.printf(Locale.ROOT, "skipped %s for %s: %s%n", s.playbook(), s.accountId(), s.reason())).count();
            out.printf(Locale.ROOT, "%,d play(s) would start, %,d skipped, at %s; nothing written%n", listed, skipped, outcome.asOf());
            out.flush();
            return 0;
        }
    }
}
