package io.idem.identify;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes trigger states, trigger firings and segment memberships. Writes join the
 * caller's transaction; the cycle commits all of a run's state at once.
 */
public final class IdentifyState {

    private static final Logger LOG = LoggerFactory.getLogger(IdentifyState.class);
    private static final int LEAVE_CHUNK = 1_000;
    /** Temporary table of the trigger state keys that a save deletes. */
    private static final String STALE_KEYS = "idem_stale_trigger_state";

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

    /**
     * Saves the states of the evaluated triggers and records their firings, reading the stored
     * states first to find what changed. Callers that already hold the stored states should pass
     * them to {@link #saveTriggers(TriggerEngine.Evaluation, Map, LocalDate, String)}.
     */
    public void saveTriggers(TriggerEngine.Evaluation evaluation, LocalDate asOf, String runId) {
        saveTriggers(evaluation, loadTriggerStates(), asOf, runId);
    }

    /**
     * Saves the states of the evaluated triggers and records their firings. Only the states that
     * differ from {@code stored} are written, and the states of an evaluated trigger that are in
     * {@code stored} but not in the evaluation are deleted. States of triggers that were not
     * evaluated are kept.
     *
     * @param stored trigger to account to state, as {@link #loadTriggerStates()} returned it in
     *               this transaction; a map that differs from the table leaves the table wrong
     */
    public void saveTriggers(TriggerEngine.Evaluation evaluation, Map<String, Map<String, TriggerState>> stored, LocalDate asOf,
                             String runId) {
        TriggerStateChanges changes = TriggerStateChanges.between(stored, evaluation.states());
        deleteTriggerStates(changes.staleKeys(), runId);
        store.insertRows("trigger_state", List.of("trigger_name", "account_id", "active", "since", "last_fired_on"), changes.newRows(), null);
        LOG.debug("Run {}: wrote {} trigger state(s) and deleted {} ({} replaced)", runId, changes.newRows().size(),
                changes.staleKeys().size(), changes.replaced());

        List<Object[]> firings = new ArrayList<>();
        evaluation.fired().forEach((trigger, accounts) -> accounts.forEach(account ->
                firings.add(new Object[] {trigger, account, asOf, runId})));
        store.insertRows("trigger_firing", List.of("trigger_name", "account_id", "fired_on", "run_id"), firings,
                "trigger_name, account_id, fired_on");
    }

    /**
     * Deletes the trigger states of the given (trigger, account) keys with one statement: the keys
     * go into a temporary table through the store's bulk insert, and a DELETE ... USING joins it.
     */
    private void deleteTriggerStates(List<Object[]> keys, String runId) {
        if (keys.isEmpty()) {
            return;
        }
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + STALE_KEYS);
            statement.execute("CREATE TEMPORARY TABLE " + STALE_KEYS + " (trigger_name VARCHAR(100) NOT NULL, account_id VARCHAR(200) NOT NULL)");
            store.insertRows(STALE_KEYS, List.of("trigger_name", "account_id"), keys, null);
            statement.executeUpdate("DELETE FROM trigger_state USING " + STALE_KEYS + " stale WHERE trigger_state.trigger_name = stale.trigger_name "
                    + "AND trigger_state.account_id = stale.account_id");
            statement.execute("DROP TABLE " + STALE_KEYS);
        } catch (SQLException e) {
            throw new StoreException("failed to delete " + keys.size() + " changed or removed trigger state(s) in run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Records entries and exits of each segment. */
    public void saveMemberships(Map<String, SegmentEngine.Change> changes, LocalDate asOf, String runId) {
        List<Object[]> entries = new ArrayList<>();
        for (SegmentEngine.Change change : changes.values()) {
            change.entered().forEach(account -> entries.add(new Object[] {change.segment(), account, asOf, runId}));
        }
        reopenSameDayEntries(changes, asOf, runId);
        store.insertRows("segment_membership", List.of("segment_name", "account_id", "entered_on", "entered_run_id"), entries,
                "segment_name, account_id, entered_on");
        for (SegmentEngine.Change change : changes.values()) {
            List<String> left = change.left();
            for (int start = 0; start < left.size(); start += LEAVE_CHUNK) {
                List<String> chunk = left.subList(start, Math.min(left.size(), start + LEAVE_CHUNK));
                String sql = "UPDATE segment_membership SET left_on = ?, left_run_id = ? WHERE segment_name = ? AND left_on IS NULL "
                        + "AND account_id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement leave = store.connection().prepareStatement(sql)) {
                    leave.setObject(1, java.sql.Date.valueOf(asOf));
                    leave.setString(2, runId);
                    leave.setString(3, change.segment());
                    for (int i = 0; i < chunk.size(); i++) {
                        leave.setString(4 + i, chunk.get(i));
                    }
                    leave.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException("cannot record accounts leaving segment " + change.segment() + " in run " + runId + ": "
                            + e.getMessage(), e);
                }
            }
        }
    }

    /** Returns, per segment, the accounts whose row entered on {@code asOf} is closed. */
    private Map<String, Set<String>> loadClosedEntries(LocalDate asOf, String runId) {
        Map<String, Set<String>> closed = new HashMap<>();
        String sql = "SELECT segment_name, account_id FROM segment_membership WHERE entered_on = ? AND left_on IS NOT NULL";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, java.sql.Date.valueOf(asOf));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    closed.computeIfAbsent(rows.getString(1), s -> new HashSet<>()).add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the segment memberships closed on " + asOf + " for run " + runId + ": " + e.getMessage(), e);
        }
        return closed;
    }

    /**
     * Reopens the closed row of an account that entered and left a segment on {@code asOf} (two
     * runs on one day) and now enters again, because the key allows one row per entry date.
     */
    private void reopenSameDayEntries(Map<String, SegmentEngine.Change> changes, LocalDate asOf, String runId) {
        // Only accounts with a closed row entered on asOf need the update. Those rows are few (none
        // on a run's first day), and finding them first saves one UPDATE per thousand entries.
        Map<String, Set<String>> closedToday = loadClosedEntries(asOf, runId);
        for (SegmentEngine.Change change : changes.values()) {
            Set<String> closed = closedToday.getOrDefault(change.segment(), Set.of());
            List<String> entered = change.entered().stream().filter(closed::contains).toList();
            for (int start = 0; start < entered.size(); start += LEAVE_CHUNK) {
                List<String> chunk = entered.subList(start, Math.min(entered.size(), start + LEAVE_CHUNK));
                String sql = "UPDATE segment_membership SET left_on = NULL, left_run_id = NULL, entered_run_id = ? WHERE segment_name = ? "
                        + "AND entered_on = ? AND left_on IS NOT NULL AND account_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement reopen = store.connection().prepareStatement(sql)) {
                    reopen.setString(1, runId);
                    reopen.setString(2, change.segment());
                    reopen.setObject(3, java.sql.Date.valueOf(asOf));
                    for (int i = 0; i < chunk.size(); i++) {
                        reopen.setString(4 + i, chunk.get(i));
                    }
                    reopen.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException("cannot record accounts entering segment " + change.segment() + " in run " + runId + ": "
                            + e.getMessage(), e);
                }
            }
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
