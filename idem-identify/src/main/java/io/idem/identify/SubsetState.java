package io.idem.identify;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and replaces the trigger states and open segment memberships of a subset of accounts, for
 * incremental runs that re-evaluate only the accounts whose data changed. Account ids are bound as
 * parameters in chunks of {@value #CHUNK}. Writes join the caller's transaction.
 */
public final class SubsetState {

    private static final int CHUNK = 1_000;

    private final Store store;

    public SubsetState(Store store) {
        this.store = store;
    }

    /** Returns trigger to account to state, for the given accounts only. */
    public Map<String, Map<String, TriggerState>> loadTriggerStates(List<String> accountIds) {
        Map<String, Map<String, TriggerState>> states = new HashMap<>();
        forEachChunk(accountIds, chunk -> {
            String sql = "SELECT trigger_name, account_id, active, since, last_fired_on FROM trigger_state WHERE account_id IN ("
                    + placeholders(chunk.size()) + ")";
            try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
                bind(statement, 1, chunk);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        states.computeIfAbsent(rows.getString(1), t -> new HashMap<>()).put(rows.getString(2),
                                new TriggerState(rows.getBoolean(3), IdentifyState.date(rows.getObject(4)),
                                        IdentifyState.date(rows.getObject(5))));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the trigger states of " + chunk.size() + " account(s): " + e.getMessage(), e);
            }
        });
        return states;
    }

    /** Returns segment to open members, for the given accounts only. */
    public Map<String, Set<String>> loadOpenMemberships(List<String> accountIds) {
        Map<String, Set<String>> members = new HashMap<>();
        forEachChunk(accountIds, chunk -> {
            String sql = "SELECT segment_name, account_id FROM segment_membership WHERE left_on IS NULL AND account_id IN ("
                    + placeholders(chunk.size()) + ")";
            try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
                bind(statement, 1, chunk);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        members.computeIfAbsent(rows.getString(1), s -> new HashSet<>()).add(rows.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the segment memberships of " + chunk.size() + " account(s): " + e.getMessage(), e);
            }
        });
        return members;
    }

    /**
     * Replaces the trigger states of {@code accountIds} with those of {@code evaluation} and records
     * its firings. An account in {@code accountIds} without a new state (for example one deleted
     * from the accounts source) loses its stored states, as it would in a full run.
     */
    public void replaceTriggerStates(TriggerEngine.Evaluation evaluation, List<String> accountIds, LocalDate asOf, String runId) {
        forEachChunk(accountIds, chunk -> {
            String sql = "DELETE FROM trigger_state WHERE account_id IN (" + placeholders(chunk.size()) + ")";
            try (PreparedStatement delete = store.connection().prepareStatement(sql)) {
                bind(delete, 1, chunk);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot replace the trigger states of " + chunk.size() + " account(s) in run " + runId + ": "
                        + e.getMessage(), e);
            }
        });
        List<Object[]> states = new ArrayList<>();
        evaluation.states().forEach((trigger, byAccount) -> byAccount.forEach((account, state) ->
                states.add(new Object[] {trigger, account, state.active(), state.since(), state.lastFiredOn()})));
        List<Object[]> firings = new ArrayList<>();
        evaluation.fired().forEach((trigger, accounts) -> accounts.forEach(account ->
                firings.add(new Object[] {trigger, account, asOf, runId})));
        store.insertRows("trigger_state", List.of("trigger_name", "account_id", "active", "since", "last_fired_on"), states, null);
        store.insertRows("trigger_firing", List.of("trigger_name", "account_id", "fired_on", "run_id"), firings,
                "trigger_name, account_id, fired_on");
    }

    private interface ChunkAction {
        void accept(List<String> chunk);
    }

    private static void forEachChunk(List<String> accountIds, ChunkAction action) {
        for (int start = 0; start < accountIds.size(); start += CHUNK) {
            action.accept(accountIds.subList(start, Math.min(accountIds.size(), start + CHUNK)));
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(first + i, values.get(i));
        }
    }
}
