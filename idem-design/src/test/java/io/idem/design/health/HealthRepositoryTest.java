package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.workspace.MissingPolicy;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HealthRepositoryTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void scoresStoredPerRunAndAccount(Engine engine) throws Exception {
        List<HealthScore> scores = List.of(
                new HealthScore("health", "acme", 62.5, "amber", List.of(
                        new MeasureScore("usage", "product_usage", 0.1, 60.0, 50.0, null),
                        new MeasureScore("satisfaction", "sentiment", null, 65.0, 50.0, MissingPolicy.NEUTRAL))),
                new HealthScore("health", "bolt", null, null, List.of(
                        new MeasureScore("usage", "product_usage", null, null, 0.0, MissingPolicy.EXCLUDE))));
        try (TestStore test = TestStore.open(engine, folder)) {

            new HealthRepository(test.store()).save(scores, AS_OF, "run-1");
            new HealthRepository(test.store()).save(scores.subList(0, 1), AS_OF.plusDays(1), "run-2");

            List<String> rows = new ArrayList<>();
            List<String> measures = new ArrayList<>();
            String sql = "SELECT run_id, model_name, account_id, as_of, score, band, measures FROM health_score ORDER BY run_id, account_id";
            try (PreparedStatement statement = test.store().connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Object score = result.getObject(5);
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                            + result.getDate(4).toLocalDate() + " " + (score == null ? "-" : result.getDouble(5)) + " " + result.getString(6));
                    measures.add(result.getString(7));
                }
            }
            assertThat(rows).containsExactly("run-1 health acme 2024-06-30 62.5 amber", "run-1 health bolt 2024-06-30 - null",
                    "run-2 health acme 2024-07-01 62.5 amber");
            assertThat(measures.get(0)).containsSubsequence(
                    "\"measure\":\"usage\"", "\"value\":0.1000", "\"score\":60.0000", "\"weight\":50.0000", "\"missing_policy\":null",
                    "\"measure\":\"satisfaction\"", "\"value\":null", "\"score\":65.0000", "\"weight\":50.0000",
                    "\"missing_policy\":\"neutral\"");
            assertThat(measures.get(1)).containsSubsequence(
                    "\"measure\":\"usage\"", "\"value\":null", "\"score\":null", "\"weight\":0.0000", "\"missing_policy\":\"exclude\"");
            assertThat(measures.get(2)).isEqualTo(measures.get(0));
        }
    }
}
