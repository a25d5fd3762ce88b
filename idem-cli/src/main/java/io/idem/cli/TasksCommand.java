package io.idem.cli;

import io.idem.design.workitem.TaskService;
import io.idem.design.workitem.TaskService.TaskView;
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

/** {@code idem tasks}: the tasks that plays created, for the account team to work. */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "List, complete and update the tasks of plays.",
        subcommands = {TasksCommand.ListTasks.class, TasksCommand.Complete.class, TasksCommand.Update.class, TasksCommand.Check.class})
final class TasksCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(PrintWriter out, TaskView task, LocalDate today) {
        out.printf(Locale.ROOT, "%s  due %s%s  %-9s v%d  %-16s %-14s %s%n", task.taskId(), task.dueOn(),
                task.overdueOn(today) ? " OVERDUE" : "        ", task.status(), task.version(), task.owner() == null ? "(no owner)" : task.owner(),
                task.accountId(), task.title());
    }

    /** Prints a task with its checklist items under it, ticked ones as [x]. */
    static void print(PrintWriter out, TaskView task, LocalDate today, TaskService tasks) {
        print(out, task, today);
        for (TaskService.ChecklistItem item : tasks.checklist(task.taskId())) {
            out.printf(Locale.ROOT, "    [%s] %d. %s%s%n", item.checked() ? "x" : " ", item.itemNo(), item.text(),
                    item.checked() ? " (" + item.checkedBy() + ", " + item.checkedOn() + ")" : "");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tasks, oldest due first.")
    static final class ListTasks implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Option(names = "--owner", description = "Only tasks of this owner.")
        String owner;
        @Option(names = "--status", description = "Only tasks with this status: open, snoozed, done or cancelled.")
        String status;
        @Option(names = "--overdue", description = "Only open or snoozed tasks due before the day set by --as-of (default: the as-of date of the last run).")
        boolean overdue;
        @Option(names = {"--as-of", "--today"}, description = "The day to judge overdue tasks by, yyyy-mm-dd (default: the as-of date of the last run).")
        LocalDate today;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                LocalDate day = today == null ? StoreOptions.lastRunDay(store) : today;
                TaskService service = new TaskService(store);
                List<TaskView> tasks = service.list(owner, status, overdue ? day : null);
                PrintWriter out = spec.commandLine().getOut();
                tasks.forEach(task -> print(out, task, day, service));
                out.printf(Locale.ROOT, "%,d task(s)%s, judged on %s%n", tasks.size(), owner == null ? "" : " of " + owner, day);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "complete", mixinStandardHelpOptions = true, description = "Mark a task done.")
    static final class Complete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", description = "Task id, from 'idem tasks list'.")
        String taskId;
        @Option(names = "--by", required = true, description = "Who completes it; recorded in the audit trail.")
        String by;
        @Option(names = "--expected-version", description = "Fail if the task changed since this version (shown as vN in the list).")
        Long expectedVersion;
        @Option(names = "--on", description = "Completion day, yyyy-mm-dd (default: the as-of date of the last run).")
        LocalDate on;
        @Option(names = "--force", description = "Complete the task even though checklist items are not ticked.")
        boolean force;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                TaskService service = new TaskService(store);
                TaskView task = service.complete(taskId, by, expectedVersion, on == null ? StoreOptions.lastRunDay(store) : on, force);
                print(spec.commandLine().getOut(), task, LocalDate.now(), service);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Tick an item of a task's checklist.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", description = "Task id, from 'idem tasks list'.")
        String taskId;
        @Parameters(index = "1", description = "Number of the checklist item, as 'idem tasks list' shows it (from 1).")
        int itemNo;
        @Option(names = "--by", required = true, description = "Who ticks it; recorded in the audit trail.")
        String by;
        @Option(names = "--on", description = "Day the item was done, yyyy-mm-dd (default: the as-of date of the last run).")
        LocalDate on;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                TaskService service = new TaskService(store);
                service.check(taskId, itemNo, by, on == null ? StoreOptions.lastRunDay(store) : on);
                print(spec.commandLine().getOut(), service.get(taskId), LocalDate.now(), service);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Reassign, reschedule, snooze, reopen or cancel a task.")
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions storeOptions;
        @Parameters(index = "0", description = "Task id, from 'idem tasks list'.")
        String taskId;
        @Option(names = "--by", required = true, description = "Who makes the change; recorded in the audit trail.")
        String by;
        @Option(names = "--owner", description = "New owner.")
        String owner;
        @Option(names = "--due", description = "New due date, yyyy-mm-dd.")
        LocalDate due;
        @Option(names = "--status", description = "New status: open, snoozed or cancelled.")
        String status;
        @Option(names = "--expected-version", description = "Fail if the task changed since this version.")
        Long expectedVersion;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                TaskView task = new TaskService(store).update(taskId, by, expectedVersion, owner, due, status);
                print(spec.commandLine().getOut(), task, LocalDate.now());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
