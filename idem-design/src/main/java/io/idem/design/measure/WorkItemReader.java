package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads plays, tasks and opportunities from the store as they stood at an as-of date: plays started
 * and opportunities created on or before it, and the tasks of those plays. Each play gets its cause,
 * the trigger firing or segment entry that started it, so the days to a win count from the signal
 * and not from the run that noticed it.
 */
public final class WorkItemReader {

    private static final String SEGMENT = "segment:";
    private static final String TRIGGER = "trigger:";

    private final Store store;

    public WorkItemReader(Store store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** Reads the work items at {@code asOf}. */
    public WorkItems read(LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        java.sql.Date day = java.sql.Date.valueOf(asOf);

        Map<String, TreeSet<LocalDate>> causes = new HashMap<>();
        readCauses("SELECT trigger_name, account_id, fired_on FROM trigger_firing WHERE fired_on <= ?", TRIGGER, day, causes);
        readCauses("SELECT segment_name, account_id, entered_on FROM segment_membership WHERE entered_on <= ?", SEGMENT, day, causes);

        List<PlayRecord> plays = new ArrayList<>();
        query("SELECT play_id, playbook_name, account_id, started_by, started_on, owner FROM play WHERE started_on <= ? ORDER BY play_id", day,
                rows -> {
                    String account = rows.getString(3);
                    String startedBy = rows.getString(4);
                    LocalDate startedOn = rows.getObject(5, LocalDate.class);
                    TreeSet<LocalDate> days = causes.get(key(startedBy, account));
                    LocalDate cause = days == null ? null : days.floor(startedOn);
                    plays.add(new PlayRecord(rows.getString(1), rows.getString(2), account, startedBy, startedOn,
                            cause == null ? startedOn : cause, rows.getString(6)));
                });

        List<TaskRecord> tasks = new ArrayList<>();
        query("SELECT t.task_id, t.play_id, t.owner, t.due_on, t.status, t.completed_on FROM task t JOIN play p ON p.play_id = t.play_id "
                + "WHERE p.started_on <= ? ORDER BY t.task_id", day,
                rows -> tasks.add(new TaskRecord(rows.getString(1), rows.getString(2), rows.getString(3), rows.getObject(4, LocalDate.class),
                        rows.getString(5), rows.getObject(6, LocalDate.class))));

        List<OpportunityRecord> opportunities = new ArrayList<>();
        query("SELECT opportunity_id, play_id, account_id, owner, stage, closed_on, actual_mrr FROM opportunity WHERE created_on <= ? "
                + "ORDER BY opportunity_id", day,
                rows -> opportunities.add(new OpportunityRecord(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getObject(6, LocalDate.class), rows.getBigDecimal(7))));

        return new WorkItems(plays, tasks, opportunities);
    }

    private void readCauses(String sql, String prefix, java.sql.Date day, Map<String, TreeSet<LocalDate>> causes) {
        query(sql, day, rows -> causes.computeIfAbsent(key(prefix + rows.getString(1), rows.getString(2)), k -> new TreeSet<>())
                .add(rows.getObject(3, LocalDate.class)));
    }

    private static String key(String startedBy, String account) {
        return startedBy + '\u0000' + account;
    }

    private void query(String sql, java.sql.Date day, RowHandler handler) {
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setDate(1, day);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read work items for the operational measures (" + sql + "): " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet rows) throws SQLException;
    }
}
