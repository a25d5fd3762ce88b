package io.idem.design.workitem;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CSM's tasks: list, complete, reassign, reschedule, snooze. Every change checks the version
 * the caller read (optimistic concurrency), bumps it, and records each changed field in the audit
 * trail, all in one transaction.
 */
public final class TaskService {

    /** Task statuses a person may set; {@code done} is set by {@link #complete}. */
    public static final Set<String> STATUSES = Set.of("open", "snoozed", "done", "cancelled");

    /** A task with its play's playbook and account. */
    public record TaskView(String taskId, String playId, String playbook, String accountId, String step, String title, String owner,
                           LocalDate dueOn, String status, LocalDate completedOn, String completedBy, long version) {

        public boolean overdueOn(LocalDate day) {
            return (status.equals("open") || status.equals("snoozed")) && dueOn.isBefore(day);
        }
    }

    private static final String SELECT = "SELECT t.task_id, t.play_id, p.playbook_name, p.account_id, t.step_name, t.title, t.owner, "
            + "t.due_on, t.status, t.completed_on, t.completed_by, t.version FROM task t JOIN play p ON p.play_id = t.play_id";

    private final Store store;
    private final AuditTrail audit;

    public TaskService(Store store) {
        this.store = store;
        this.audit = new AuditTrail(store);
    }

    /** Lists tasks, filtered by owner and status when given, and to those overdue on {@code overdueOn} when given. */
    public List<TaskView> list(String owner, String status, LocalDate overdueOn) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (owner != null) {
            sql.append(" AND t.owner = ?");
            parameters.add(owner);
        }
        if (status != null) {
            sql.append(" AND t.status = ?");
            parameters.add(status);
        }
        if (overdueOn != null) {
            sql.append(" AND t.status IN ('open', 'snoozed') AND t.due_on < ?");
            parameters.add(java.sql.Date.valueOf(overdueOn));
        }
        sql.append(" ORDER BY t.due_on, p.account_id, t.step_name");
        List<TaskView> tasks = new ArrayList<>();
        try (PreparedStatement select = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tasks.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list tasks: " + e.getMessage(), e);
        }
        return tasks;
    }

    public TaskView get(String taskId) {
        try (PreparedStatement select = store.connection().prepareStatement(SELECT + " WHERE t.task_id = ?")) {
            select.setString(1, taskId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new WorkItemException(WorkItemException.Reason.NOT_FOUND, "task '" + taskId + "' not found; "
                            + "list tasks with 'idem tasks list'");
                }
                return read(rows);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read task " + taskId + ": " + e.getMessage(), e);
        }
    }

    /** Marks a task done on {@code day}; rejects a task with unticked checklist items. */
    public TaskView complete(String taskId, String by, Long expectedVersion, LocalDate day) {
        return complete(taskId, by, expectedVersion, day, false);
    }

    /**
     * Marks a task done on {@code day}. {@code expectedVersion} null means the version read just now.
     * A task with unticked checklist items is rejected unless {@code force} is true.
     */
    public TaskView complete(String taskId, String by, Long expectedVersion, LocalDate day, boolean force) {
        TaskView task = get(taskId);
        if (task.status().equals("done")) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "task " + taskId + " is already done (on "
                    + task.completedOn() + " by " + task.completedBy() + ")");
        }
        List<Integer> unticked = checklist(taskId).stream().filter(item -> !item.checked()).map(ChecklistItem::itemNo).toList();
        if (!unticked.isEmpty() && !force) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "task " + taskId + " has " + unticked.size()
                    + " unticked checklist item(s): " + unticked.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + "; tick them with 'idem tasks check " + taskId + " ITEM_NO --by NAME', or add --force to complete it anyway");
        }
        return change(task, by, expectedVersion, task.owner(), task.dueOn(), "done", day, by);
    }

    /** An item of a task's checklist; {@code itemNo} counts from 1. */
    public record ChecklistItem(int itemNo, String text, boolean checked, String checkedBy, LocalDate checkedOn) {
    }

    /** Returns a task's checklist in item order; empty when the task has none. */
    public List<ChecklistItem> checklist(String taskId) {
        List<ChecklistItem> items = new ArrayList<>();
        String sql = "SELECT item_no, item_text, checked, checked_by, checked_on FROM task_checklist_item WHERE task_id = ? ORDER BY item_no";
        try (PreparedStatement select = store.connection().prepareStatement(sql)) {
            select.setString(1, taskId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new ChecklistItem(rows.getInt(1), rows.getString(2), rows.getBoolean(3), rows.getString(4),
                            rows.getObject(5, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the checklist of task " + taskId + ": " + e.getMessage(), e);
        }
        return items;
    }

    /** Ticks item {@code itemNo} of a task's checklist on {@code day} and records it in the audit trail. */
    public ChecklistItem check(String taskId, int itemNo, String by, LocalDate day) {
        requireBy(by);
        TaskView task = get(taskId);
        List<ChecklistItem> items = checklist(taskId);
        ChecklistItem item = items.stream().filter(i -> i.itemNo() == itemNo).findFirst().orElseThrow(() ->
                new WorkItemException(WorkItemException.Reason.NOT_FOUND, items.isEmpty() ? "task " + taskId + " has no checklist"
                        : "task " + taskId + " has no checklist item " + itemNo + "; its items are numbered 1 to " + items.size()));
        if (item.checked()) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "item " + itemNo + " of task " + taskId
                    + " is already ticked (on " + item.checkedOn() + " by " + item.checkedBy() + ")");
        }
        String sql = "UPDATE task_checklist_item SET checked = TRUE, checked_by = ?, checked_on = ? WHERE task_id = ? AND item_no = ?";
        try (PreparedStatement update = store.connection().prepareStatement(sql)) {
            update.setString(1, by);
            update.setObject(2, java.sql.Date.valueOf(day));
            update.setString(3, taskId);
            update.setInt(4, itemNo);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot tick item " + itemNo + " of task " + taskId + ": " + e.getMessage(), e);
        }
        audit.record("task", taskId, "checklist_item_" + itemNo, "open", "ticked", by, task.version());
        return checklist(taskId).get(itemNo - 1);
    }

    /** Changes owner, due date or status (open, snoozed, cancelled); null leaves a field as it is. */
    public TaskView update(String taskId, String by, Long expectedVersion, String owner, LocalDate dueOn, String status) {
        TaskView task = get(taskId);
        if (status != null && (!STATUSES.contains(status.toLowerCase(Locale.ROOT)) || status.equalsIgnoreCase("done"))) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "invalid task status '" + status
                    + "'; use open, snoozed or cancelled, or 'idem tasks complete' to finish it");
        }
        String newStatus = status == null ? task.status() : status.toLowerCase(Locale.ROOT);
        return change(task, by, expectedVersion, owner == null ? task.owner() : owner, dueOn == null ? task.dueOn() : dueOn, newStatus,
                task.completedOn(), task.completedBy());
    }

    private TaskView change(TaskView task, String by, Long expectedVersion, String owner, LocalDate dueOn, String status,
                            LocalDate completedOn, String completedBy) {
        requireBy(by);
        long version = expectedVersion == null ? task.version() : expectedVersion;
        String sql = "UPDATE task SET owner = ?, due_on = ?, status = ?, completed_on = ?, completed_by = ?, version = version + 1 "
                + "WHERE task_id = ? AND version = ?";
        VersionedUpdate.run(store, "task", task.taskId(), version, sql, java.util.Arrays.asList(owner, dueOn, status, completedOn, completedBy),
                () -> get(task.taskId()).version(), newVersion -> {
                    audit.record("task", task.taskId(), "owner", task.owner(), owner, by, newVersion);
                    audit.record("task", task.taskId(), "due_on", task.dueOn(), dueOn, by, newVersion);
                    audit.record("task", task.taskId(), "status", task.status(), status, by, newVersion);
                });
        return get(task.taskId());
    }

    static void requireBy(String by) {
        if (by == null || by.isBlank()) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "say who makes the change with --by NAME; "
                    + "it is recorded in the audit trail");
        }
    }

    private static TaskView read(ResultSet rows) throws SQLException {
        return new TaskView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getObject(8, LocalDate.class), rows.getString(9),
                rows.getObject(10, LocalDate.class), rows.getString(11), rows.getLong(12));
    }
}
