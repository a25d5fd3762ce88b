package io.idem.design.health;

import io.idem.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Keeps every run's scores per account and measure, so score history can be compared run by run. */
public final class HealthRepository {

    private final Store store;

    public HealthRepository(Store store) {
        this.store = store;
    }

    public void save(List<HealthScore> scores, LocalDate asOf, String runId) {
        List<Object[]> rows = new java.util.ArrayList<>(scores.size());
        for (HealthScore score : scores) {
            rows.add(new Object[] {runId, score.model(), score.accountId(), asOf, score.score(), score.band(), measuresJson(score.measures())});
        }
        store.insertRows("health_score", List.of("run_id", "model_name", "account_id", "as_of", "score", "band", "measures"), rows, null);
    }

    /** Renders measure scores as a JSON array; names are config identifiers, so they need no escaping. */
    static String measuresJson(List<MeasureScore> measures) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < measures.size(); i++) {
            MeasureScore m = measures.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"measure\":\"").append(m.measure()).append('"')
                    .append(",\"value\":").append(number(m.value()))
                    .append(",\"score\":").append(number(m.score()))
                    .append(",\"weight\":").append(number(m.weight()))
                    .append(",\"missing_policy\":").append(m.appliedPolicy() == null ? "null" : "\"" + m.appliedPolicy().configName() + "\"")
                    .append('}');
        }
        return json.append(']').toString();
    }

    private static String number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? "null" : String.format(Locale.ROOT, "%.4f", value);
    }
}
