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

    /** Marks a task done on {@code day}. {@code expectedVersion} null means the version read just now. */
    public TaskView complete(String taskId, String by, Long expectedVersion, LocalDate day) {
        TaskView task = get(taskId);
        if (task.status().equals("done")) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "task " + taskId + " is already done (on "
                    + task.completedOn() + " by " + task.completedBy() + ")");
        }
        return change(task, by, expectedVersion, task.owner(), task.dueOn(), "done", day, by);
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
