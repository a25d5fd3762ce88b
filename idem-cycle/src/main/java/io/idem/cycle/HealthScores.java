package io.idem.cycle;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Removes the health scores that an incremental run replaces in its base run. */
final class HealthScores {

    private static final int CHUNK = 1_000;

    private HealthScores() {
    }

    /** Deletes the scores of {@code accountIds} stored by run {@code runId}, in the caller's transaction. */
    static void delete(Store store, String runId, List<String> accountIds) {
        for (int start = 0; start < accountIds.size(); start += CHUNK) {
            List<String> chunk = accountIds.subList(start, Math.min(accountIds.size(), start + CHUNK));
            String sql = "DELETE FROM health_score WHERE run_id = ? AND account_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ")";
            try (PreparedStatement delete = store.connection().prepareStatement(sql)) {
                delete.setString(1, runId);
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setString(2 + i, chunk.get(i));
                }
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot delete the health scores of " + chunk.size() + " account(s) from run " + runId + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
