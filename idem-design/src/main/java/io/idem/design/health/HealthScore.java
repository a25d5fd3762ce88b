package io.idem.design.health;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An account's score under one model; score and band are null when every measure was excluded.
 * {@code peerGroup} is the account's value of the model's peer group column, null when the model
 * has none or the account's value is missing.
 */
public record HealthScore(String model, String accountId, String peerGroup, Double score, String band, List<MeasureScore> measures) {

    public HealthScore {
        requireNonNull(model, "model is null");
        requireNonNull(accountId, "accountId is null");
        measures = List.copyOf(measures);
    }

    /** Creates a score of a model without peer groups. */
    public HealthScore(String model, String accountId, Double score, String band, List<MeasureScore> measures) {
        this(model, accountId, null, score, band, measures);
    }

    /** Returns the sub-score of each category, in the order of the model's measures. */
    public List<CategoryScore> categories() {
        return CategoryScore.of(measures);
    }

    /** Returns the measures whose value was missing, each with the policy that was applied. */
    public List<MeasureScore> missing() {
        return measures.stream().filter(m -> m.appliedPolicy() != null).toList();
    }

    /** Returns the missing measures as text, for example {@code satisfaction: exclude; escalations: neutral}, empty when none. */
    public String missingSummary() {
        return missing().stream().map(m -> m.measure() + ": " + m.appliedPolicy().configName()).collect(Collectors.joining("; "));
    }
}
