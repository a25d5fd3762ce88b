package io.idem.cli;

import io.idem.design.workitem.ObjectiveService;
import io.idem.design.workitem.ObjectiveService.ObjectiveView;
import io.idem.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idem plans}: the objectives of the accounts' success plans. */
@Command(name = "plans", mixinStandardHelpOptions = true, description = "List and update the objectives of success plans.",
        subcommands = {PlansCommand.ListObjectives.class, PlansCommand.Update.class})
final class PlansCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(PrintWriter out, ObjectiveView objective, LocalDate today) {
        out.printf(Locale.ROOT, "%s  target %s%s  %-11s v%d  %-16s %-14s %-20s %s%s%n", objective.objectiveId(), objective.targetOn(),
                objective.overdueOn(today) ? " OVERDUE" : "        ", objective.status(), objective.version(),
                objective.owner() == null ? "(no owner)" : objective.owner(), objective.accountId(), objective.template(), objective.title(),
                objective.condition() == null ? "" : "  [when " + objective.condition() + "]");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List objectives, earliest target date first.")
    static final class ListObjectives implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Option(names = "--account", description = "Only objectives of this account.")
        String account;
        @Option(names = "--owner", description = "Only objectives of this owner.")
        String owner;
        @Option(names = "--status", description = "Only objectives with this status: not_started, in_progress, achieved, missed or cancelled.")
        String status;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                LocalDate day = StoreOptions.lastRunDay(store);
                List<ObjectiveView> objectives = new ObjectiveService(store).list(account, owner, status);
                PrintWriter out = spec.commandLine().getOut();
                objectives.forEach(objective -> print(out, objective, day));
                out.printf(Locale.ROOT, "%,d objective(s), overdue judged on %s%n", objectives.size(), day);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Change an objective's status or owner.")
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", paramLabel = "OBJECTIVE_ID", description = "Objective id, from 'idem plans list'.")
        String objectiveId;
        @Option(names = "--by", required = true, description = "Who makes the change; recorded in the audit trail.")
        String by;
        @Option(names = "--status", description = "New status: not_started, in_progress, achieved, missed or cancelled.")
        String status;
        @Option(names = "--owner", description = "New owner.")
        String owner;
        @Option(names = "--expected-version", description = "Fail if the objective changed since this version (shown as vN in the list).")
        Long expectedVersion;
        @Option(names = "--on", description = "Day of the change, yyyy-mm-dd, recorded for achieved, missed and cancelled "
                + "(default: the as-of date of the last run).")
        LocalDate on;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                LocalDate day = on == null ? StoreOptions.lastRunDay(store) : on;
                ObjectiveView objective = new ObjectiveService(store).update(objectiveId, by, expectedVersion, status, owner, day);
                print(spec.commandLine().getOut(), objective, day);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
