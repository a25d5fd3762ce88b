package io.idem.design.health;

import java.util.List;

/** An account's score under one model; score and band are null when every measure was excluded. */
public record HealthScore(String model, String accountId, Double score, String band, List<MeasureScore> measures) {

    public HealthScore {
        measures = List.copyOf(measures);
    }
}
