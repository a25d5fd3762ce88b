package io.idem.design.health;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code health_score}: an account's score under a model in one run. {@code modelHash}
 * is null for rows stored without it, and the measure values and weights are rounded to 4 decimals.
 */
public record StoredScore(String runId, LocalDate asOf, String model, String accountId, String peerGroup, Double score, String band,
                          String modelHash, List<MeasureScore> measures) {

    public StoredScore {
        requireNonNull(runId, "runId is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(model, "model is null");
        requireNonNull(accountId, "accountId is null");
        measures = List.copyOf(measures);
    }

    /** Returns the sub-score of each category. */
    public List<CategoryScore> categories() {
        return CategoryScore.of(measures);
    }

    /** Returns the measures whose value was missing, each with the policy that was applied. */
    public List<MeasureScore> missing() {
        return measures.stream().filter(m -> m.appliedPolicy() != null).toList();
    }
}
