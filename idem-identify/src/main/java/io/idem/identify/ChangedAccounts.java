package io.idem.identify;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounts that imports recorded in changed_account and no run has evaluated yet. The
 * importer writes the rows; a full run marks all of them evaluated, an incremental run the ones it
 * read. Marks join the caller's transaction, so a failed run leaves the rows pending.
 *
 * @param accountIds     the changed account ids, sorted
 * @param unknownSources the sources loaded with no previous table to compare with, so that any
 *                       account may have changed; sorted
 * @param importRunIds   the runs whose imports recorded the pending rows
 */
public record ChangedAccounts(Set<String> accountIds, Set<String> unknownSources, Set<String> importRunIds) {

    public ChangedAccounts {
        accountIds = java.util.Collections.unmodifiableSet(new TreeSet<>(accountIds));
        unknownSources = java.util.Collections.unmodifiableSet(new TreeSet<>(unknownSources));
        importRunIds = java.util.Collections.unmodifiableSet(new TreeSet<>(importRunIds));
    }

    /** Reads the pending rows of changed_account. */
    public static ChangedAccounts pending(Store store) {
        Set<String> accounts = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> imports = new TreeSet<>();
        String sql = "SELECT DISTINCT account_id, source_name, import_run_id FROM changed_account WHERE evaluated_run_id IS NULL";
        try (PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String account = rows.getString(1);
                if (account == null) {
                    unknown.add(rows.getString(2));
                } else {
                    accounts.add(account);
                }
                imports.add(rows.getString(3));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the changed accounts: " + e.getMessage(), e);
        }
        return new ChangedAccounts(accounts, unknown, imports);
    }

    /**
     * Marks every pending row as evaluated by {@code runId}, for a full run.
     *
     * <p>NOTE: a row that another process's import adds while the full run computes is marked as
     * well, although the run may have read the table before that import.
     *
     * @return the number of rows marked
     */
    public static int markEvaluated(Store store, String runId) {
        try (PreparedStatement statement = store.connection().prepareStatement(
                "UPDATE changed_account SET evaluated_run_id = ? WHERE evaluated_run_id IS NULL")) {
            statement.setString(1, runId);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot mark the changed accounts evaluated by run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Marks the pending rows that this set was read from as evaluated by {@code runId}, for an
     * incremental run. Rows of imports that ran after {@link #pending} stay pending.
     *
     * @return the number of rows marked
     */
    public int markEvaluatedBy(Store store, String runId) {
        int marked = 0;
        for (String importRunId : importRunIds) {
            try (PreparedStatement statement = store.connection().prepareStatement(
                    "UPDATE changed_account SET evaluated_run_id = ? WHERE evaluated_run_id IS NULL AND import_run_id = ?")) {
                statement.setString(1, runId);
                statement.setString(2, importRunId);
                marked += statement.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot mark the accounts changed by the import of run " + importRunId + " as evaluated by run "
                        + runId + ": " + e.getMessage(), e);
            }
        }
        return marked;
    }

    /** Returns the account ids as a list, sorted. */
    public List<String> accountIdList() {
        return List.copyOf(accountIds);
    }
}
