package io.idem.cycle;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configurations a store has seen: every idem.yaml content a run used (table
 * {@code idem_config_version}, filled by each run), each time one was applied with {@code idem
 * apply} (table {@code config_apply}), and the runs that used each.
 */
public final class ConfigHistory {

    /** One configuration; {@code lastAppliedAt} and {@code lastAppliedBy} are null when it was never applied with idem apply. */
    public record Version(String configHash, String configVersion, LocalDateTime firstSeenAt, LocalDateTime lastAppliedAt,
                          String lastAppliedBy, int timesApplied, List<String> runIds) {
    }

    private final Store store;

    public ConfigHistory(Store store) {
        this.store = store;
    }

    /** Returns the id of the latest run of any status, or empty when the store has none. */
    public Optional<String> lastRunId() {
        try (PreparedStatement statement = store.connection().prepareStatement(
                "SELECT run_id FROM idem_run ORDER BY started_at DESC, run_id DESC LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the last run: " + e.getMessage(), e);
        }
    }

    /** Records that run {@code runId} applied the configuration {@code configHash}, by {@code appliedBy}, from {@code planFile} (null without). */
    public void recordApplied(String configHash, String appliedBy, String runId, String planFile) {
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO config_apply (config_hash, applied_at, applied_by, run_id, plan_file) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, configHash);
            insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(3, appliedBy);
            insert.setString(4, runId);
            insert.setString(5, planFile);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record that run " + runId + " applied configuration " + configHash + ": " + e.getMessage(), e);
        }
    }

    /** Returns every configuration the store has seen, first seen first, with the runs that used each, oldest first. */
    public List<Version> versions() {
        Map<String, Object[]> byHash = new LinkedHashMap<>();
        Map<String, List<String>> runs = new LinkedHashMap<>();
        String versions = "SELECT v.config_hash, v.config_version, v.first_seen_at, "
                + "(SELECT MAX(a.applied_at) FROM config_apply a WHERE a.config_hash = v.config_hash), "
                + "(SELECT COUNT(*) FROM config_apply a WHERE a.config_hash = v.config_hash) "
                + "FROM idem_config_version v ORDER BY v.first_seen_at, v.config_hash";
        try (PreparedStatement statement = store.connection().prepareStatement(versions);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Timestamp applied = rows.getTimestamp(4);
                byHash.put(rows.getString(1), new Object[] {rows.getString(2), rows.getTimestamp(3).toLocalDateTime(),
                        applied == null ? null : applied.toLocalDateTime(), rows.getInt(5)});
                runs.put(rows.getString(1), new ArrayList<>());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the configuration history: " + e.getMessage(), e);
        }
        try (PreparedStatement statement = store.connection().prepareStatement(
                "SELECT config_hash, run_id FROM idem_run ORDER BY started_at, run_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                runs.computeIfAbsent(rows.getString(1), hash -> new ArrayList<>()).add(rows.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the runs of each configuration: " + e.getMessage(), e);
        }
        List<Version> result = new ArrayList<>();
        for (Map.Entry<String, Object[]> entry : byHash.entrySet()) {
            Object[] fields = entry.getValue();
            LocalDateTime appliedAt = (LocalDateTime) fields[2];
            result.add(new Version(entry.getKey(), (String) fields[0], (LocalDateTime) fields[1], appliedAt,
                    appliedAt == null ? null : appliedBy(entry.getKey()), (Integer) fields[3], List.copyOf(runs.get(entry.getKey()))));
        }
        return result;
    }

    private String appliedBy(String configHash) {
        try (PreparedStatement statement = store.connection().prepareStatement(
                "SELECT applied_by FROM config_apply WHERE config_hash = ? ORDER BY applied_at DESC LIMIT 1")) {
            statement.setString(1, configHash);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read who applied configuration " + configHash + ": " + e.getMessage(), e);
        }
    }
}
