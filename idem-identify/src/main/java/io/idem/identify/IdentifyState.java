package io.idem.identify;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes trigger states, trigger firings and segment memberships. Writes join the
 * caller's transaction; the cycle commits all of a run's state at once.
 */
public final class IdentifyState {

    private final Store store;

    public IdentifyState(Store store) {
        this.store = store;
    }

    public Map<String, Map<String, TriggerState>> loadTriggerStates() {
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        String sql = "SELECT trigger_name, account_id, active, since, last_fired_on FROM trigger_state";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                states.computeIfAbsent(rows.getString(1), t -> new HashMap<>()).put(rows.getString(2),
                        new TriggerState(rows.getBoolean(3), date(rows.getObject(4)), date(rows.getObject(5))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read trigger states: " + e.getMessage(), e);
        }
        return states;
    }

    public Map<String, Set<String>> loadOpenMemberships() {
        Map<String, Set<String>> members = new HashMap<>();
        String sql = "SELECT segment_name, account_id FROM segment_membership WHERE left_on IS NULL";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getString(1), s -> new HashSet<>()).add(rows.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read segment memberships: " + e.getMessage(), e);
        }
        return members;
    }

    /** Replaces the states of the evaluated triggers and records their firings. */
    public void saveTriggers(TriggerEngine.Evaluation evaluation, LocalDate asOf, String runId) {
        Connection connection = store.connection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trigger_state WHERE trigger_name = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO trigger_state (trigger_name, account_id, active, since, last_fired_on) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement fire = connection.prepareStatement(
                     "INSERT INTO trigger_firing (trigger_name, account_id, fired_on, run_id) VALUES (?, ?, ?, ?)"
                             + store.dialect().insertIgnoreSuffix("trigger_name, account_id, fired_on"))) {
            for (Map.Entry<String, Map<String, TriggerState>> trigger : evaluation.states().entrySet()) {
                delete.setString(1, trigger.getKey());
                delete.executeUpdate();
                for (Map.Entry<String, TriggerState> entry : trigger.getValue().entrySet()) {
                    TriggerState state = entry.getValue();
                    insert.setString(1, trigger.getKey());
                    insert.setString(2, entry.getKey());
                    insert.setBoolean(3, state.active());
                    insert.setObject(4, java.sql.Date.valueOf(state.since()));
                    insert.setObject(5, state.lastFiredOn() == null ? null : java.sql.Date.valueOf(state.lastFiredOn()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            for (Map.Entry<String, List<String>> trigger : evaluation.fired().entrySet()) {
                for (String account : trigger.getValue()) {
                    fire.setString(1, trigger.getKey());
                    fire.setString(2, account);
                    fire.setObject(3, java.sql.Date.valueOf(asOf));
                    fire.setString(4, runId);
                    fire.addBatch();
                }
                fire.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save trigger states for run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Records entries and exits of each segment. */
    public void saveMemberships(Map<String, SegmentEngine.Change> changes, LocalDate asOf, String runId) {
        Connection connection = store.connection();
        try (PreparedStatement enter = connection.prepareStatement(
                "INSERT INTO segment_membership (segment_name, account_id, entered_on, entered_run_id) VALUES (?, ?, ?, ?)"
                        + store.dialect().insertIgnoreSuffix("segment_name, account_id, entered_on"));
             PreparedStatement leave = connection.prepareStatement(
                     "UPDATE segment_membership SET left_on = ?, left_run_id = ? "
                             + "WHERE segment_name = ? AND account_id = ? AND left_on IS NULL")) {
            for (SegmentEngine.Change change : changes.values()) {
                for (String account : change.entered()) {
                    enter.setString(1, change.segment());
                    enter.setString(2, account);
                    enter.setObject(3, java.sql.Date.valueOf(asOf));
                    enter.setString(4, runId);
                    enter.addBatch();
                }
                enter.executeBatch();
                for (String account : change.left()) {
                    leave.setObject(1, java.sql.Date.valueOf(asOf));
                    leave.setString(2, runId);
                    leave.setString(3, change.segment());
                    leave.setString(4, account);
                    leave.addBatch();
                }
                leave.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save segment memberships for run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Returns the day each open member entered, per segment. */
    public Map<String, Map<String, LocalDate>> loadEntryDates() {
        Map<String, Map<String, LocalDate>> entries = new HashMap<>();
        String sql = "SELECT segment_name, account_id, entered_on FROM segment_membership WHERE left_on IS NULL";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.computeIfAbsent(rows.getString(1), s -> new HashMap<>()).put(rows.getString(2), date(rows.getObject(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read segment memberships: " + e.getMessage(), e);
        }
        return entries;
    }

    static LocalDate date(Object value) {
        return (LocalDate) Values.normalise(value, io.idem.expression.Type.DATE);
    }
}
