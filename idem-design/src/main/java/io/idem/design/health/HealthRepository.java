package io.idem.design.health;

import io.idem.store.Store;
import io.idem.store.StoreException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        String sql = "INSERT INTO health_score (run_id, model_name, account_id, as_of, score, band, measures) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = store.connection().prepareStatement(sql)) {
            int pending = 0;
            for (HealthScore score : scores) {
                insert.setString(1, runId);
                insert.setString(2, score.model());
                insert.setString(3, score.accountId());
                insert.setObject(4, Date.valueOf(asOf));
                if (score.score() == null) {
                    insert.setNull(5, java.sql.Types.DOUBLE);
                } else {
                    insert.setDouble(5, score.score());
                }
                insert.setString(6, score.band());
                insert.setString(7, measuresJson(score.measures()));
                insert.addBatch();
                if (++pending == 5_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot save health scores of run " + runId + ": " + e.getMessage(), e);
        }
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
