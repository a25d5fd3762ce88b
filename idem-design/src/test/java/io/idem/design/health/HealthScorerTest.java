package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.identify.AccountFrame;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Health scores against hand computations, with the RavenStack model. Its measures are usage
 * trend (weight 30, linear -0.5..0.5, neutral), breadth (20, linear 0..6, worst), satisfaction
 * (30, linear 1..5, exclude) and escalations (20, thresholds 2 → 0, 1 → 50, else 100, neutral).
 * Bands are green from 70, amber from 40 and red from 0. The score is
 * sum(weight × score) / sum(weight) over the measures that count.
 */
class HealthScorerTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("red", 0), new HealthBand("green", 70), new HealthBand("amber", 40));

    private static final HealthModel MODEL = new HealthModel("health", null, List.of(
            measure("usage_trend", "usage_change", 30, Scoring.linear(-0.5, 0.5), MissingPolicy.NEUTRAL),
            measure("breadth", "features_used", 20, Scoring.linear(0, 6), MissingPolicy.WORST),
            measure("satisfaction", "avg_satisfaction", 30, Scoring.linear(1, 5), MissingPolicy.EXCLUDE),
            measure("escalations", "escalations", 20, Scoring.thresholds(List.of(new Scoring.Step(2.0, 0), new Scoring.Step(1.0, 50),
                    new Scoring.Step(null, 100))), MissingPolicy.NEUTRAL)), BANDS, null);

    @Test
    void presentValuesGiveWeightedMean() {
        AccountFrame frame = frame(0.1, 3.0, 4.2, 1.0);

        HealthScore score = HealthScorer.score(MODEL, frame).get(0);

        // Measure scores 60, 50, 80, 50: (30·60 + 20·50 + 30·80 + 20·50) / 100 = 62.
        assertThat(score.measures()).extracting(MeasureScore::score).containsExactly(60.0, 50.0, 80.0, 50.0);
        assertThat(score.score()).isCloseTo(62.0, within(1e-9));
        assertThat(score.band()).isEqualTo("amber");
        assertThat(score.measures()).extracting(MeasureScore::weight).containsExactly(30.0, 20.0, 30.0, 20.0);
        assertThat(score.measures()).extracting(MeasureScore::appliedPolicy).containsOnlyNulls();
    }

    @Test
    void excludedMeasureRenormalisesRemainingWeights() {
        AccountFrame frame = frame(0.1, 3.0, null, 1.0);

        HealthScore score = HealthScorer.score(MODEL, frame).get(0);

        // Satisfaction left out: (30·60 + 20·50 + 20·50) / 70; the weights 30, 20, 20 become 300/7, 200/7, 200/7.
        assertThat(score.score()).isCloseTo(3800.0 / 70.0, within(1e-9));
        assertThat(score.measures()).extracting(MeasureScore::weight)
                .containsExactly(300.0 / 7.0, 200.0 / 7.0, 0.0, 200.0 / 7.0);
        assertThat(score.measures().stream().mapToDouble(MeasureScore::weight).sum()).isCloseTo(100.0, within(1e-9));
        assertThat(score.measures().get(2).score()).isNull();
        assertThat(score.measures().get(2).appliedPolicy()).isEqualTo(MissingPolicy.EXCLUDE);
    }

    @Test
    void neutralPolicyScoresFifty() {
        AccountFrame frame = frame(null, 3.0, 4.2, 1.0);

        HealthScore score = HealthScorer.score(MODEL, frame).get(0);

        // (30·50 + 20·50 + 30·80 + 20·50) / 100 = 59.
        assertThat(score.measures().get(0).score()).isEqualTo(50.0);
        assertThat(score.measures().get(0).appliedPolicy()).isEqualTo(MissingPolicy.NEUTRAL);
        assertThat(score.measures().get(0).weight()).isEqualTo(30.0);
        assertThat(score.score()).isCloseTo(59.0, within(1e-9));
    }

    @Test
    void worstPolicyScoresZero() {
        AccountFrame frame = frame(0.1, null, 4.2, 1.0);

        HealthScore score = HealthScorer.score(MODEL, frame).get(0);

        // (30·60 + 20·0 + 30·80 + 20·50) / 100 = 52.
        assertThat(score.measures().get(1).score()).isEqualTo(0.0);
        assertThat(score.measures().get(1).appliedPolicy()).isEqualTo(MissingPolicy.WORST);
        assertThat(score.score()).isCloseTo(52.0, within(1e-9));
    }

    @Test
    void allExcludedGivesNoScore() {
        HealthModel model = new HealthModel("care", null, List.of(
                measure("first", "usage_change", 10, Scoring.linear(0, 1), MissingPolicy.EXCLUDE),
                measure("second", "features_used", 10, Scoring.linear(0, 1), MissingPolicy.EXCLUDE)), BANDS, null);
        AccountFrame frame = frame(null, null, 4.2, 1.0);

        HealthScore score = HealthScorer.score(model, frame).get(0);

        assertThat(score.score()).isNull();
        assertThat(score.band()).isNull();
        assertThat(score.measures()).extracting(MeasureScore::weight).containsExactly(0.0, 0.0);
        assertThat(frame.column("care")).containsExactly((Object) null);
        assertThat(frame.column("care_band")).containsExactly((Object) null);
    }

    @ParameterizedTest(name = "value {0} scores {1}")
    @CsvSource({"-0.5, 0", "-2, 0", "0, 50", "0.1, 60", "0.5, 100", "3, 100"})
    void linearScoringClampsOutsideRange(double value, double expected) {
        assertThat(HealthScorer.scoreValue(Scoring.linear(-0.5, 0.5), value)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "value {0} scores {1}")
    @CsvSource({"10, 0", "12, 0", "8, 20", "5, 50", "0, 100", "-1, 100"})
    void linearScoringWithWorstAboveBest(double value, double expected) {
        assertThat(HealthScorer.scoreValue(Scoring.linear(10, 0), value)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "value {0} scores {1}")
    @CsvSource({"0, 100", "0.99, 100", "1, 50", "1.5, 50", "2, 0", "7, 0"})
    void thresholdsTakeFirstStepReached(double value, double expected) {
        Scoring scoring = Scoring.thresholds(List.of(new Scoring.Step(2.0, 0), new Scoring.Step(1.0, 50), new Scoring.Step(null, 100)));

        assertThat(HealthScorer.scoreValue(scoring, value)).isEqualTo(expected);
    }

    @Test
    void thresholdsWithoutCatchAllScoreZero() {
        Scoring scoring = Scoring.thresholds(List.of(new Scoring.Step(10.0, 100), new Scoring.Step(5.0, 60)));

        assertThat(HealthScorer.scoreValue(scoring, 4.99)).isEqualTo(0.0);
        assertThat(HealthScorer.scoreValue(scoring, 5.0)).isEqualTo(60.0);
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"100, green", "70, green", "69.999, amber", "40, amber", "39.999, red", "0, red"})
    void bandsStartAtTheirMinimum(double value, String band) {
        HealthModel model = new HealthModel("direct", null, List.of(
                measure("only", "usage_change", 1, Scoring.linear(0, 100), MissingPolicy.EXCLUDE)), BANDS, null);

        HealthScore score = HealthScorer.score(model, frame(value, null, null, null)).get(0);

        assertThat(score.score()).isEqualTo(value);
        assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void boundaryScoreKeepsItsBand() {
        HealthModel model = new HealthModel("boundary", null, List.of(
                measure("small", "usage_change", 1, Scoring.linear(0, 100), MissingPolicy.EXCLUDE),
                measure("large", "features_used", 14, Scoring.linear(0, 100), MissingPolicy.EXCLUDE)), BANDS, null);

        HealthScore score = HealthScorer.score(model, frame(40.0, 40.0, null, null)).get(0);

        // (1·40 + 14·40) / 15 = 40 exactly, the minimum of amber.
        assertThat(score.score()).isEqualTo(40.0);
        assertThat(score.band()).isEqualTo("amber");
    }

    @Test
    void booleansAndMoneyCountAsNumbers() {
        HealthModel model = new HealthModel("mixed", null, List.of(
                measure("flag", "usage_change", 1, Scoring.linear(0, 1), MissingPolicy.EXCLUDE),
                measure("amount", "features_used", 1, Scoring.linear(0, 200), MissingPolicy.EXCLUDE)), BANDS, null);
        AccountFrame frame = new AccountFrame(List.of("acme", "bolt"));
        frame.put("usage_change", new Object[] {true, false});
        frame.put("features_used", new Object[] {new BigDecimal("150.00"), new BigDecimal("50")});

        List<HealthScore> scores = HealthScorer.score(model, frame);

        // acme: (100 + 75) / 2; bolt: (0 + 25) / 2.
        assertThat(scores.get(0).score()).isCloseTo(87.5, within(1e-9));
        assertThat(scores.get(1).score()).isCloseTo(12.5, within(1e-9));
        assertThat(frame.column("mixed")).containsExactly(scores.get(0).score(), scores.get(1).score());
        assertThat(frame.column("mixed_band")).containsExactly("green", "red");
    }

    private static HealthMeasure measure(String name, String feature, double weight, Scoring scoring, MissingPolicy missing) {
        return new HealthMeasure(name, feature, "category", weight, scoring, missing, null);
    }

    /** Returns a frame of one account with the four features of the model, where null is missing. */
    private static AccountFrame frame(Double usageChange, Double featuresUsed, Double satisfaction, Double escalations) {
        AccountFrame frame = new AccountFrame(List.of("acme"));
        frame.put("usage_change", new Object[] {usageChange});
        frame.put("features_used", new Object[] {featuresUsed});
        frame.put("avg_satisfaction", new Object[] {satisfaction});
        frame.put("escalations", new Object[] {escalations});
        return frame;
    }
}
