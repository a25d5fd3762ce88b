package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.identify.AccountFrame;
import io.idem.store.Store;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stored score history read back and explained. The model scores three features linearly from 0
 * to 100, so a value is its own score: usage (weight 50, neutral when missing), satisfaction
 * (weight 30, excluded when missing) and a weekly survey (weight 20, neutral when missing).
 */
class HealthHistoryTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("amber", 40), new HealthBand("red", 0));
    private static final HealthModel MODEL = model(50);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void explanationSplitsTheScoreChange(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            save(test.store(), MODEL, "run-1", LocalDate.parse("2024-06-01"), frame(40.0, 80.0, 60.0));
            save(test.store(), MODEL, "run-2", LocalDate.parse("2024-06-08"), frame(70.0, null, 60.0));

            ScoreExplanation explanation = new HealthHistory(test.store()).explain("health", "acme").orElseThrow();

            // Run 1 counts all weights: 50·40 + 30·80 + 20·60 over 100 = 56. Run 2 leaves satisfaction out:
            // (50·70 + 20·60) / 70. Shares in run 2: usage 5000/70, survey 2000/70.
            double usageShare = 5000.0 / 70;
            double surveyShare = 2000.0 / 70;
            assertThat(explanation.previous().score()).isCloseTo(56.0, within(1e-9));
            assertThat(explanation.latest().score()).isCloseTo(4700.0 / 70, within(1e-9));
            assertThat(explanation.previous().runId()).isEqualTo("run-1");
            assertThat(explanation.latest().asOf()).isEqualTo(LocalDate.parse("2024-06-08"));
            assertThat(explanation.changes()).extracting(MeasureChange::measure, MeasureChange::status).containsExactly(
                    tuple("usage", ChangeStatus.CHANGED), tuple("satisfaction", ChangeStatus.CHANGED), tuple("survey", ChangeStatus.UNCHANGED));

            // usage moved 30 points at its latest weight; satisfaction went missing and takes its 30·80/100 = 24 with it.
            assertThat(explanation.changes().get(0).contributionChange()).isCloseTo(usageShare * 30 / 100, within(1e-3));
            assertThat(explanation.changes().get(1).contributionChange()).isCloseTo(-24.0, within(1e-3));
            assertThat(explanation.changes().get(2).contributionChange()).isZero();
            // The shares of usage and survey grew from 50 and 20 once satisfaction was left out.
            assertThat(explanation.reweighting()).isCloseTo(((usageShare - 50) * 40 + (surveyShare - 20) * 60) / 100, within(1e-3));
            assertThat(explanation.rescoring()).isCloseTo(0.0, within(1e-9));
            double explained = explanation.changes().stream().mapToDouble(MeasureChange::contributionChange).sum()
                    + explanation.reweighting() + explanation.rescoring();
            assertThat(explained).isCloseTo(explanation.scoreChange().orElseThrow(), within(1e-3));
            assertThat(explanation.movers()).extracting(MeasureChange::measure).containsExactly("satisfaction", "usage");
            assertThat(explanation.modelChanged()).isFalse();
            assertThat(explanation.latest().missing()).extracting(MeasureScore::measure, MeasureScore::appliedPolicy)
                    .containsExactly(tuple("satisfaction", MissingPolicy.EXCLUDE));
            assertThat(explanation.latest().categories()).extracting(CategoryScore::category).containsExactly("product_usage", "sentiment");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void changedModelIsMarked(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            HealthRepository repository = new HealthRepository(test.store());
            save(test.store(), MODEL, "run-1", LocalDate.parse("2024-06-01"), frame(40.0, 80.0, 60.0));
            save(test.store(), model(60), "run-2", LocalDate.parse("2024-06-08"), frame(40.0, 80.0, 60.0));
            repository.save(HealthScorer.score(MODEL, frame(40.0, 80.0, 60.0)), LocalDate.parse("2024-06-15"), "run-3");
            HealthHistory history = new HealthHistory(test.store());

            List<StoredScore> recent = history.recent("health", "acme", 3);
            ScoreExplanation withoutHash = history.explain("health", "acme").orElseThrow();

            assertThat(recent).extracting(StoredScore::runId).containsExactly("run-3", "run-2", "run-1");
            assertThat(recent.get(1).modelHash()).isEqualTo(ModelHash.of(model(60)));
            assertThat(recent.get(2).modelHash()).isEqualTo(ModelHash.of(MODEL));
            assertThat(recent.get(0).modelHash()).isNull();
            assertThat(ScoreComparison.compare(recent.get(2), recent.get(1)).modelChanged()).isTrue();
            assertThat(withoutHash.modelChanged()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runsOfOneDayFollowTheirStartTime(Engine engine) throws Exception {
        try (TestStore test = TestStore.open(engine, folder)) {
            LocalDate day = LocalDate.parse("2024-06-01");
            save(test.store(), MODEL, "run-b", day, frame(40.0, 80.0, 60.0));
            save(test.store(), MODEL, "run-a", day, frame(45.0, 80.0, 60.0));
            recordRun(test.store(), "run-b", day, LocalDateTime.parse("2024-06-01T08:00:00"));
            recordRun(test.store(), "run-a", day, LocalDateTime.parse("2024-06-01T09:00:00"));
            HealthHistory history = new HealthHistory(test.store());

            ScoreExplanation explanation = history.explain("health", "acme").orElseThrow();

            // run-a sorts first by id, but it started later, so it is the latest.
            assertThat(explanation.latest().runId()).isEqualTo("run-a");
            assertThat(explanation.previous().runId()).isEqualTo("run-b");
            assertThat(explanation.changes().get(0).contributionChange()).isCloseTo(50.0 * 5 / 100, within(1e-3));
            assertThat(history.latestRun("health")).contains("run-a");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void latestRunIsExplainedPerAccount(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            AccountFrame first = new AccountFrame(List.of("acme", "cora"));
            first.put("usage_30d", new Object[] {40.0, 10.0});
            first.put("satisfaction", new Object[] {80.0, 10.0});
            first.put("survey", new Object[] {60.0, 10.0});
            AccountFrame second = new AccountFrame(List.of("acme", "bolt"));
            second.put("usage_30d", new Object[] {40.0, 90.0});
            second.put("satisfaction", new Object[] {80.0, 90.0});
            second.put("survey", new Object[] {60.0, 90.0});
            save(test.store(), MODEL, "run-1", LocalDate.parse("2024-06-01"), first);
            save(test.store(), MODEL, "run-2", LocalDate.parse("2024-06-08"), second);

            List<ScoreExplanation> explanations = new HealthHistory(test.store()).explainLatestRun("health");

            // cora was not scored in the latest run; bolt was scored for the first time.
            assertThat(explanations).extracting(e -> e.latest().accountId()).containsExactly("acme", "bolt");
            assertThat(explanations.get(0).changes()).extracting(MeasureChange::status).containsOnly(ChangeStatus.UNCHANGED);
            assertThat(explanations.get(0).scoreChange()).hasValueSatisfying(change -> assertThat(change).isCloseTo(0.0, within(1e-9)));
            assertThat(explanations.get(1).previous()).isNull();
            assertThat(explanations.get(1).changes()).isEmpty();
            assertThat(explanations.get(1).scoreChange()).isEmpty();
            assertThat(new HealthHistory(test.store()).explainLatestRun("other")).isEmpty();
            assertThat(new HealthHistory(test.store()).explain("health", "nobody")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void percentileMovedByPeersIsRescoringNotChange(Engine engine) {
        HealthModel peers = new HealthModel("peers", null, List.of(
                new HealthMeasure("usage", "usage_30d", "product_usage", 1, Scoring.percentile(false), MissingPolicy.EXCLUDE, null)),
                BANDS, null, null);
        try (TestStore test = TestStore.open(engine, folder)) {
            AccountFrame first = new AccountFrame(List.of("acme", "bolt", "cora"));
            first.put("usage_30d", new Object[] {20.0, 10.0, 30.0});
            AccountFrame second = new AccountFrame(List.of("acme", "bolt", "cora"));
            second.put("usage_30d", new Object[] {20.0, 25.0, 30.0});
            save(test.store(), peers, "run-1", LocalDate.parse("2024-06-01"), first);
            save(test.store(), peers, "run-2", LocalDate.parse("2024-06-08"), second);

            ScoreExplanation acme = new HealthHistory(test.store()).explain("peers", "acme").orElseThrow();
            ScoreExplanation bolt = new HealthHistory(test.store()).explain("peers", "bolt").orElseThrow();

            // acme's usage stayed at 20 but bolt overtook it: its percentile fell from 50 to 0.
            assertThat(acme.scoreChange()).hasValueSatisfying(change -> assertThat(change).isCloseTo(-50.0, within(1e-9)));
            assertThat(acme.changes()).singleElement().satisfies(change -> {
                assertThat(change.status()).isEqualTo(ChangeStatus.UNCHANGED);
                assertThat(change.contributionChange()).isZero();
            });
            assertThat(acme.rescoring()).isCloseTo(-50.0, within(1e-3));
            assertThat(acme.movers()).isEmpty();
            assertThat(bolt.changes().get(0).status()).isEqualTo(ChangeStatus.CHANGED);
            assertThat(bolt.changes().get(0).contributionChange()).isCloseTo(50.0, within(1e-3));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storedRowKeepsHashPeerGroupAndCategories(Engine engine) throws Exception {
        HealthModel grouped = new HealthModel("grouped", null, MODEL.measures(), BANDS, "plan", null);
        AccountFrame frame = frame(40.0, null, 60.0);
        frame.put("plan", new Object[] {"Pro"});
        try (TestStore test = TestStore.open(engine, folder)) {
            save(test.store(), grouped, "run-1", LocalDate.parse("2024-06-01"), frame);

            String sql = "SELECT model_hash, peer_group, measures FROM health_score WHERE run_id = 'run-1'";
            try (PreparedStatement statement = test.store().connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(ModelHash.of(grouped));
                assertThat(rows.getString(2)).isEqualTo("Pro");
                assertThat(rows.getString(3)).startsWith("[{\"measure\":\"usage\",\"category\":\"product_usage\",\"value\":40.0000,");
            }
            StoredScore stored = new HealthHistory(test.store()).recent("grouped", "acme", 1).get(0);
            assertThat(stored.peerGroup()).isEqualTo("Pro");
            assertThat(stored.measures()).extracting(MeasureScore::measure, MeasureScore::category, MeasureScore::value, MeasureScore::appliedPolicy)
                    .containsExactly(tuple("usage", "product_usage", 40.0, null), tuple("satisfaction", "sentiment", null, MissingPolicy.EXCLUDE),
                            tuple("survey", "sentiment", 60.0, null));
        }
    }

    private static HealthModel model(double usageWeight) {
        return new HealthModel("health", null, List.of(
                new HealthMeasure("usage", "usage_30d", "product_usage", usageWeight, Scoring.linear(0, 100), MissingPolicy.NEUTRAL, null),
                new HealthMeasure("satisfaction", "satisfaction", "sentiment", 30, Scoring.linear(0, 100), MissingPolicy.EXCLUDE, null),
                new HealthMeasure("survey", "survey", "sentiment", 20, Scoring.linear(0, 100), MissingPolicy.NEUTRAL, null)), BANDS, null);
    }

    private static AccountFrame frame(Double usage, Double satisfaction, Double survey) {
        AccountFrame frame = new AccountFrame(List.of("acme"));
        frame.put("usage_30d", new Object[] {usage});
        frame.put("satisfaction", new Object[] {satisfaction});
        frame.put("survey", new Object[] {survey});
        return frame;
    }

    private static void save(Store store, HealthModel model, String runId, LocalDate asOf, AccountFrame frame) {
        new HealthRepository(store).save(List.of(model), HealthScorer.score(model, frame), asOf, runId);
    }

    private static void recordRun(Store store, String runId, LocalDate asOf, LocalDateTime startedAt) throws Exception {
        String sql = "INSERT INTO idem_run (run_id, workspace_name, as_of, started_at, status, config_hash) VALUES (?, 'test', ?, ?, 'succeeded', 'x')";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, runId);
            statement.setObject(2, java.sql.Date.valueOf(asOf));
            statement.setObject(3, java.sql.Timestamp.valueOf(startedAt));
            statement.executeUpdate();
        }
    }
}
