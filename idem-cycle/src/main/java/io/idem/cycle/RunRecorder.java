package io.idem.cycle;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Records each run and the configuration it used, so every output traces back to its configuration. */
final class RunRecorder {

    private final Store store;

    RunRecorder(Store store) {
        this.store = store;
    }

    void started(String runId, Workspace workspace, LocalDate asOf) {
        try (PreparedStatement config = store.connection().prepareStatement(
                "INSERT INTO idem_config_version (config_hash, config_version, first_seen_at, content) VALUES (?, ?, ?, ?)"
                        + store.dialect().insertIgnoreSuffix("config_hash"));
             PreparedStatement run = store.connection().prepareStatement(
                     "INSERT INTO idem_run (run_id, workspace_name, as_of, started_at, status, config_hash, config_version) "
                             + "VALUES (?, ?, ?, ?, 'running', ?, ?)")) {
            config.setString(1, workspace.contentHash());
            config.setString(2, workspace.version());
            config.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            config.setString(4, workspace.content());
            config.executeUpdate();
            run.setString(1, runId);
            run.setString(2, workspace.name());
            run.setObject(3, java.sql.Date.valueOf(asOf));
            run.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            run.setString(5, workspace.contentHash());
            run.setString(6, workspace.version());
            run.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the start of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Records how a run evaluates accounts ('full' or 'incremental') and, for an incremental run, its base run. */
    void mode(String runId, String mode, String baseRunId) {
        try (PreparedStatement run = store.connection().prepareStatement("UPDATE idem_run SET run_mode = ?, base_run_id = ? WHERE run_id = ?")) {
            run.setString(1, mode);
            run.setString(2, baseRunId);
            run.setString(3, runId);
            run.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the mode of run " + runId + ": " + e.getMessage(), e);
        }
    }

    void finished(String runId, String status, String message) {
        try (PreparedStatement run = store.connection().prepareStatement(
                "UPDATE idem_run SET finished_at = ?, status = ?, message = ? WHERE run_id = ?")) {
            run.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            run.setString(2, status);
            run.setString(3, message == null ? null : message.substring(0, Math.min(message.length(), 4000)));
            run.setString(4, runId);
            run.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the end of run " + runId + ": " + e.getMessage(), e);
        }
    }
}
