package io.idem.design.workitem;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objectives of success plans: list them and change their status or owner. A person's change
 * checks the version the caller read, bumps it and records each changed field in the audit trail,
 * all in one transaction. A run's automatic change ({@link #closeAllByRun}) joins the run's transaction.
 */
public final class ObjectiveService {

    /** Objective statuses, in the order of an objective's life. */
    public static final List<String> STATUSES = List.of("not_started", "in_progress", "achieved", "missed", "cancelled");
    /** Statuses in which a run may still mark an objective achieved or missed. */
    public static final List<String> OPEN_STATUSES = List.of("not_started", "in_progress");

    /** Work table of {@link #closeAllByRun}; a constant name, never user text. */
    private static final String CLOSE_WORK_TABLE = "idem_work_objective_close";

    /** An objective with its plan's template and account. {@code closedOn} is set for achieved, missed and cancelled. */
    public record ObjectiveView(String objectiveId, String planId, String template, String accountId, String title, LocalDate targetOn,
                                String status, String owner, String condition, LocalDate closedOn, String closedBy, long version) {

        /** Returns whether the objective is past its target date on {@code day} without having been achieved or cancelled. */
        public boolean overdueOn(LocalDate day) {
            return !status.equals("achieved") && !status.equals("cancelled") && targetOn.isBefore(day);
        }
    }

    private static final String SELECT = "SELECT o.objective_id, o.plan_id, p.template_name, p.account_id, o.title, o.target_on, "
            + "o.status, o.owner, o.condition_text, o.closed_on, o.closed_by, o.version FROM objective o "
            + "JOIN success_plan p ON p.plan_id = o.plan_id";

    private final Store store;
    private final AuditTrail audit;

    public ObjectiveService(Store store) {
        this.store = store;
        this.audit = new AuditTrail(store);
    }

    /** Lists objectives, filtered by account, owner and status when given, by target date. */
    public List<ObjectiveView> list(String accountId, String owner, String status) {
        if (status != null) {
            requireStatus(status);
        }
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (accountId != null) {
            sql.append(" AND p.account_id = ?");
            parameters.add(accountId);
        }
        if (owner != null) {
            sql.append(" AND o.owner = ?");
            parameters.add(owner);
        }
        if (status != null) {
            sql.append(" AND o.status = ?");
            parameters.add(status.toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY o.target_on, p.account_id, o.plan_id, o.position");
        List<ObjectiveView> objectives = new ArrayList<>();
        try (PreparedStatement select = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    objectives.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list objectives: " + e.getMessage(), e);
        }
        return objectives;
    }

    public ObjectiveView get(String objectiveId) {
        try (PreparedStatement select = store.connection().prepareStatement(SELECT + " WHERE o.objective_id = ?")) {
            select.setString(1, objectiveId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new WorkItemException(WorkItemException.Reason.NOT_FOUND, "objective '" + objectiveId + "' not found; "
                            + "list objectives with 'idem plans list'");
                }
                return read(rows);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read objective " + objectiveId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Changes an objective's status and owner on {@code day}; null leaves a field as it is.
     * A change to achieved, missed or cancelled records {@code day} and {@code by} as the closing day
     * and person. Going back to not_started or in_progress clears them.
     *
     * @param expectedVersion the version the caller read; null means the version read just now
     * @throws WorkItemException for an unknown objective or status, a missing {@code by}, or a version conflict
     */
    public ObjectiveView update(String objectiveId, String by, Long expectedVersion, String status, String owner, LocalDate day) {
        TaskService.requireBy(by);
        ObjectiveView objective = get(objectiveId);
        String newStatus = status == null ? objective.status() : requireStatus(status);
        String newOwner = owner == null ? objective.owner() : owner;
        boolean closed = !OPEN_STATUSES.contains(newStatus);
        boolean statusChanged = !newStatus.equals(objective.status());
        // A closed objective keeps the day and person that closed it unless this change closes it.
        LocalDate closedOn = null;
        String closedBy = null;
        if (closed && statusChanged) {
            closedOn = day;
            closedBy = by;
        } else if (closed) {
            closedOn = objective.closedOn();
            closedBy = objective.closedBy();
        }
        long version = expectedVersion == null ? objective.version() : expectedVersion;
        String sql = "UPDATE objective SET status = ?, owner = ?, closed_on = ?, closed_by = ?, version = version + 1 "
                + "WHERE objective_id = ? AND version = ?";
        VersionedUpdate.run(store, "objective", objectiveId, version, sql, Arrays.asList(newStatus, newOwner, closedOn, closedBy),
                () -> get(objectiveId).version(), newVersion -> {
                    audit.record("objective", objectiveId, "status", objective.status(), newStatus, by, newVersion);
                    audit.record("objective", objectiveId, "owner", objective.owner(), newOwner, by, newVersion);
                });
        return get(objectiveId);
    }

    /**
     * Marks many open objectives achieved or missed for run {@code runId} with set-based statements
     * through a work table, in the caller's transaction, each change in the audit trail under the
     * name {@code run RUN_ID}. Objectives no longer open are left alone. One statement per objective
     * read the objective table each time, which made a first run at a million accounts quadratic.
     *
     * @param statuses objective id to {@code achieved} or {@code missed}
     * @return the number of objectives changed, per new status
     */
    public Map<String, Integer> closeAllByRun(Map<String, String> statuses, LocalDate day, String runId) {
        Map<String, Integer> counts = new TreeMap<>();
        if (statuses.isEmpty()) {
            return counts;
        }
        for (String status : statuses.values()) {
            if (!status.equals("achieved") && !status.equals("missed")) {
                throw new IllegalArgumentException("a run marks objectives achieved or missed, not " + status);
            }
        }
        String by = "run " + runId;
        List<Object[]> rows = new ArrayList<>(statuses.size());
        statuses.forEach((id, status) -> rows.add(new Object[] {id, status}));
        execute("DROP TABLE IF EXISTS " + CLOSE_WORK_TABLE, runId);
        execute("CREATE TABLE " + CLOSE_WORK_TABLE + " AS SELECT objective_id, status FROM objective WHERE 1 = 0", runId);
        try {
            store.insertRows(CLOSE_WORK_TABLE, List.of("objective_id", "status"), rows, null);
            List<Object[]> changes = new ArrayList<>();
            String openList = "('" + String.join("', '", OPEN_STATUSES) + "')";
            try (PreparedStatement select = store.connection().prepareStatement("SELECT o.objective_id, o.status, w.status, o.version FROM "
                    + "objective o JOIN " + CLOSE_WORK_TABLE + " w ON w.objective_id = o.objective_id WHERE o.status IN " + openList);
                 ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    changes.add(new Object[] {found.getString(1), "status", found.getString(2), found.getString(3), found.getLong(4) + 1});
                    counts.merge(found.getString(3), 1, Integer::sum);
                }
            }
            try (PreparedStatement update = store.connection().prepareStatement("UPDATE objective SET status = w.status, closed_on = ?, "
                    + "closed_by = ?, version = objective.version + 1 FROM " + CLOSE_WORK_TABLE + " w WHERE objective.objective_id = "
                    + "w.objective_id AND objective.status IN " + openList)) {
                update.setObject(1, java.sql.Date.valueOf(day));
                update.setString(2, by);
                update.executeUpdate();
            }
            audit.recordAll("objective", changes, by);
            return counts;
        } catch (SQLException e) {
            throw new StoreException("cannot mark " + statuses.size() + " objective(s) achieved or missed in run " + runId + ": "
                    + e.getMessage(), e);
        } finally {
            execute("DROP TABLE IF EXISTS " + CLOSE_WORK_TABLE, runId);
        }
    }

    private void execute(String sql, String runId) {
        try (java.sql.Statement statement = store.connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the objective changes of run " + runId + ": " + e.getMessage(), e);
        }
    }

    private static String requireStatus(String status) {
        String normalised = status.trim().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(normalised)) {
            throw new WorkItemException(WorkItemException.Reason.INVALID_CHANGE, "invalid objective status '" + status + "'; use one of "
                    + String.join(", ", STATUSES));
        }
        return normalised;
    }

    private static ObjectiveView read(ResultSet rows) throws SQLException {
        return new ObjectiveView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getObject(6, LocalDate.class), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getObject(10, LocalDate.class), rows.getString(11), rows.getLong(12));
    }
}
