package io.idem.design.health;

import io.idem.store.Store;
import io.idem.workspace.HealthModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every run's scores per account and measure, with the hash of the model that produced them
 * and the account's peer group, so score history can be compared run by run ({@link HealthHistory}).
 */
public final class HealthRepository {

    private static final List<String> COLUMNS = List.of("run_id", "model_name", "account_id", "as_of", "score", "band", "measures",
            "model_hash", "peer_group");

    private final Store store;

    public HealthRepository(Store store) {
        this.store = store;
    }

    /**
     * Stores scores with the hash of their model's definition.
     *
     * @throws IllegalArgumentException when a score's model is not among {@code models}
     */
    public void save(List<HealthModel> models, List<HealthScore> scores, LocalDate asOf, String runId) {
        Map<String, String> hashes = new HashMap<>();
        models.forEach(model -> hashes.put(model.name(), ModelHash.of(model)));
        for (HealthScore score : scores) {
            if (!hashes.containsKey(score.model())) {
                throw new IllegalArgumentException("run " + runId + ": score of account " + score.accountId() + " is for model '"
                        + score.model() + "', which is not among the models passed: " + hashes.keySet());
            }
        }
        insert(scores, asOf, runId, hashes);
    }

    /**
     * Stores scores without their model's hash. A comparison with such a run reports whether the
     * model changed as unknown, so prefer {@link #save(List, List, LocalDate, String)}.
     */
    public void save(List<HealthScore> scores, LocalDate asOf, String runId) {
        insert(scores, asOf, runId, Map.of());
    }

    private void insert(List<HealthScore> scores, LocalDate asOf, String runId, Map<String, String> hashes) {
        List<Object[]> rows = new ArrayList<>(scores.size());
        for (HealthScore score : scores) {
            rows.add(new Object[] {runId, score.model(), score.accountId(), asOf, score.score(), score.band(),
                    MeasuresJson.write(score.measures()), hashes.get(score.model()), score.peerGroup()});
        }
        store.insertRows("health_score", COLUMNS, rows, null);
    }
}
