package io.idem.cli;

import io.idem.cycle.DryRun;
import io.idem.cycle.MembersWithoutPlay;
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

    /** {@code idem plays dry-run}: what a run would start and what the steps of open plays would do, without doing it. */
    @Command(name = "dry-run", mixinStandardHelpOptions = true,
            description = "List exactly the plays, tasks and opportunities a run would create at the as-of date, what each step of a "
                    + "new or open play would do (tasks, email drafts, webhook calls, waits, branches, field updates, opportunities), and "
                    + "the accounts skipped with their reason. Writes nothing and calls no webhook.")
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
            Map<String, List<PlayPlan.StepRecord>> steps = new java.util.LinkedHashMap<>();
            plan.steps().forEach(step -> steps.computeIfAbsent(step.playId(), id -> new java.util.ArrayList<>()).add(step));
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
                printSteps(out, steps.remove(play.playId()));
            }
            int continued = 0;
            for (List<PlayPlan.StepRecord> records : steps.values()) {
                PlayPlan.StepRecord first = records.get(0);
                if (playbook != null && !first.playbook().equals(playbook)) {
                    continue;
                }
                continued++;
                out.printf(Locale.ROOT, "continue play %s for %s (play %s)%n", first.playbook(), first.accountId(), first.playId());
                printSteps(out, records);
            }
            long skipped = plan.skipped().stream().filter(s -> playbook == null || s.playbook().equals(playbook)).peek(s ->
                    out.printf(Locale.ROOT, "skipped %s for %s: %s%n", s.playbook(), s.accountId(), s.reason())).count();
            for (MembersWithoutPlay unreached : outcome.membersWithoutPlay()) {
                if (unreached.count() > 0 && (playbook == null || unreached.playbook().equals(playbook))) {
                    out.println(unreached.message());
                }
            }
            out.printf(Locale.ROOT, "%,d play(s) would start, %,d open play(s) would continue, %,d skipped, at %s; nothing written, "
                    + "no webhook called%n", listed, continued, skipped, outcome.asOf());
            out.flush();
            return 0;
        }

        /** Prints what each step would do: its name, kind, whether the play would stay on it, and the action. */
        private static void printSteps(PrintWriter out, List<PlayPlan.StepRecord> records) {
            if (records == null) {
                return;
            }
            for (PlayPlan.StepRecord record : records) {
                out.printf(Locale.ROOT, "  step %-12s %-12s %s%s%n", record.step(), record.kind(), record.action(),
                        record.status().equals("active") ? " (the play stays here)" : "");
            }
        }
    }
}
