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
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the journey stage history (table {@code journey_history}): one row per stage
 * an account was in, open while {@code left_on} is null. Writes join the caller's transaction.
 */
public final class JourneyHistory {

    private static final int CHUNK = 1_000;

    /** One stored stage of an account; {@code leftOn} is null while the account is in it. */
    public record Entry(String accountId, String stage, LocalDate enteredOn, LocalDate leftOn, String rule, String enteredRunId,
                        String leftRunId) {
    }

    private final Store store;

    public JourneyHistory(Store store) {
        this.store = store;
    }

    /** Returns the open stage of every account that has one. */
    public Map<String, JourneyEngine.OpenStage> loadOpen() {
        Map<String, JourneyEngine.OpenStage> open = new HashMap<>();
        String sql = "SELECT account_id, stage, entered_on, rule FROM journey_history WHERE left_on IS NULL";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                open.put(rows.getString(1), new JourneyEngine.OpenStage(rows.getString(2), IdentifyState.date(rows.getObject(3)),
                        rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the journey stages: " + e.getMessage(), e);
        }
        return open;
    }

    /** Returns every stage an account was in, oldest first; empty when the account has no history. */
    public List<Entry> history(String accountId) {
        List<Entry> entries = new ArrayList<>();
        String sql = "SELECT account_id, stage, entered_on, left_on, rule, entered_run_id, left_run_id FROM journey_history "
                + "WHERE account_id = ? ORDER BY entered_on";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, accountId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getString(1), rows.getString(2), IdentifyState.date(rows.getObject(3)),
                            IdentifyState.date(rows.getObject(4)), rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the journey history of account " + accountId + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * Records the stage changes of a run: closes each changed account's open stage on {@code asOf}
     * and opens the new one. A stage opened on {@code asOf} itself (an earlier run on the same day)
     * is replaced instead of closed, so that no stage lasts zero days; when that brings back the
     * stage the account left on {@code asOf}, the earlier row is reopened.
     */
    public void save(JourneyEngine.Evaluation evaluation, LocalDate asOf, String runId) {
        List<String> leaving = new ArrayList<>();
        List<Object[]> entering = new ArrayList<>();
        for (JourneyEngine.Change change : evaluation.changes()) {
            JourneyEngine.OpenStage previous = change.previous();
            if (previous != null && !previous.enteredOn().isBefore(asOf)) {
                replaceSameDay(change, asOf, runId, entering);
                continue;
            }
            if (previous != null) {
                leaving.add(change.accountId());
            }
            entering.add(new Object[] {change.accountId(), change.next().stage(), asOf, change.next().rule(), runId});
        }
        for (int start = 0; start < leaving.size(); start += CHUNK) {
            List<String> chunk = leaving.subList(start, Math.min(leaving.size(), start + CHUNK));
            String sql = "UPDATE journey_history SET left_on = ?, left_run_id = ? WHERE left_on IS NULL AND account_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement leave = store.connection().prepareStatement(sql)) {
                leave.setObject(1, java.sql.Date.valueOf(asOf));
                leave.setString(2, runId);
                for (int i = 0; i < chunk.size(); i++) {
                    leave.setString(3 + i, chunk.get(i));
                }
                leave.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot close the journey stages left in run " + runId + ": " + e.getMessage(), e);
            }
        }
        store.insertRows("journey_history", List.of("account_id", "stage", "entered_on", "rule", "entered_run_id"), entering, null);
    }

    private void replaceSameDay(JourneyEngine.Change change, LocalDate asOf, String runId, List<Object[]> entering) {
        String account = change.accountId();
        try (PreparedStatement delete = store.connection().prepareStatement(
                "DELETE FROM journey_history WHERE account_id = ? AND entered_on = ? AND left_on IS NULL");
             PreparedStatement reopen = store.connection().prepareStatement(
                     "UPDATE journey_history SET left_on = NULL, left_run_id = NULL WHERE account_id = ? AND left_on = ? AND stage = ?")) {
            delete.setString(1, account);
            delete.setObject(2, java.sql.Date.valueOf(change.previous().enteredOn()));
            delete.executeUpdate();
            reopen.setString(1, account);
            reopen.setObject(2, java.sql.Date.valueOf(asOf));
            reopen.setString(3, change.next().stage());
            if (reopen.executeUpdate() == 0) {
                entering.add(new Object[] {account, change.next().stage(), asOf, change.next().rule(), runId});
            }
        } catch (SQLException e) {
            throw new StoreException("cannot replace the journey stage of account " + account + " in run " + runId + ": "
                    + e.getMessage(), e);
        }
    }
}
