package io.idem.design.health;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads stored health scores back and explains how they moved. Runs are ordered by as-of date, then
 * by start time from {@code idem_run} (runs without a row there come last within their date), then
 * by run id. An account's previous score is its score in the latest earlier run that scored it, so
 * a run that skipped the account is passed over.
 */
public final class HealthHistory {

    private static final String COLUMNS = "h.run_id, h.as_of, h.model_name, h.account_id, h.peer_group, h.score, h.band, h.model_hash, h.measures";
    private static final String RUN_ORDER = "h.as_of DESC, r.started_at DESC NULLS LAST, h.run_id DESC";

    private final Store store;

    public HealthHistory(Store store) {
        this.store = store;
    }

    /** Returns an account's scores under a model, latest first, at most {@code limit} of them. */
    public List<StoredScore> recent(String model, String accountId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        String sql = "SELECT " + COLUMNS + " FROM health_score h LEFT JOIN idem_run r ON r.run_id = h.run_id"
                + " WHERE h.model_name = ? AND h.account_id = ? ORDER BY " + RUN_ORDER + " LIMIT " + limit;
        return query(sql, model, accountId);
    }

    /** Explains an account's latest score under a model against its previous one; empty when the account has no score. */
    public Optional<ScoreExplanation> explain(String model, String accountId) {
        List<StoredScore> scores = recent(model, accountId, 2);
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ScoreComparison.compare(scores.size() > 1 ? scores.get(1) : null, scores.get(0)));
    }

    /**
     * Explains each account scored in the latest run of a model against the account's previous
     * score, in account order. Returns an empty list when the model has no stored scores.
     */
    public List<ScoreExplanation> explainLatestRun(String model) {
        Optional<String> latestRun = latestRun(model);
        if (latestRun.isEmpty()) {
            return List.of();
        }

        String sql = "SELECT " + COLUMNS + " FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY h.account_id ORDER BY " + RUN_ORDER
                + ") AS position FROM health_score h LEFT JOIN idem_run r ON r.run_id = h.run_id WHERE h.model_name = ?) h"
                + " WHERE h.position <= 2 AND h.account_id IN (SELECT account_id FROM health_score WHERE model_name = ? AND run_id = ?)"
                + " ORDER BY h.account_id, h.position";
        Map<String, List<StoredScore>> byAccount = new LinkedHashMap<>();
        for (StoredScore score : query(sql, model, model, latestRun.get())) {
            byAccount.computeIfAbsent(score.accountId(), a -> new ArrayList<>()).add(score);
        }
        List<ScoreExplanation> explanations = new ArrayList<>(byAccount.size());
        for (List<StoredScore> scores : byAccount.values()) {
            explanations.add(ScoreComparison.compare(scores.size() > 1 ? scores.get(1) : null, scores.get(0)));
        }
        return explanations;
    }

    /** Returns the id of the latest run that stored scores of the model. */
    public Optional<String> latestRun(String model) {
        String sql = "SELECT h.run_id FROM health_score h LEFT JOIN idem_run r ON r.run_id = h.run_id WHERE h.model_name = ?"
                + " ORDER BY " + RUN_ORDER + " LIMIT 1";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, model);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find the latest run of health model " + model + ": " + e.getMessage(), e);
        }
    }

    private List<StoredScore> query(String sql, String... parameters) {
        List<StoredScore> scores = new ArrayList<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scores.add(row(rows));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read health scores of model " + parameters[0] + ": " + e.getMessage(), e);
        }
        return scores;
    }

    private static StoredScore row(ResultSet rows) throws SQLException {
        String runId = rows.getString(1);
        String accountId = rows.getString(4);
        Object score = rows.getObject(6);
        return new StoredScore(runId, rows.getObject(2, LocalDate.class), rows.getString(3), accountId, rows.getString(5),
                score == null ? null : ((Number) score).doubleValue(), rows.getString(7), rows.getString(8),
                MeasuresJson.read(rows.getString(9), runId, accountId));
    }
}
