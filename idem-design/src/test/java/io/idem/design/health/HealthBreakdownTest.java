package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.idem.identify.AccountFrame;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Category sub-scores, the per-account summary of missing measures, and several models over one frame. */
class HealthBreakdownTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("amber", 40), new HealthBand("red", 0));

    /** The RavenStack model: usage trend and breadth in product_usage, satisfaction in sentiment, escalations in support. */
    private static final HealthModel RAVENSTACK = new HealthModel("health", null, List.of(
            new HealthMeasure("usage_trend", "usage_change", "product_usage", 30, Scoring.linear(-0.5, 0.5), MissingPolicy.NEUTRAL, null),
            new HealthMeasure("breadth", "features_used", "product_usage", 20, Scoring.linear(0, 6), MissingPolicy.WORST, null),
            new HealthMeasure("satisfaction", "avg_satisfaction", "sentiment", 30, Scoring.linear(1, 5), MissingPolicy.EXCLUDE, null),
            new HealthMeasure("escalations", "escalations", "support", 20, Scoring.thresholds(List.of(new Scoring.Step(2.0, 0),
                    new Scoring.Step(1.0, 50), new Scoring.Step(null, 100))), MissingPolicy.NEUTRAL, null)), BANDS, null);

    @Test
    void categoriesAverageTheirMeasures() {
        AccountFrame frame = frame(0.1, 3.0, 4.2, 1.0);

        HealthScore score = HealthScorer.score(RAVENSTACK, frame).get(0);

        // Measure scores 60, 50, 80, 50. product_usage = (30·60 + 20·50) / 50 = 56 with weight 50.
        assertThat(score.categories()).extracting(CategoryScore::category, CategoryScore::score, CategoryScore::weight)
                .containsExactly(tuple("product_usage", 56.0, 50.0), tuple("sentiment", 80.0, 30.0), tuple("support", 50.0, 20.0));
        assertThat(score.missing()).isEmpty();
        assertThat(score.missingSummary()).isEmpty();
    }

    @Test
    void excludedCategoryHasNoScoreAndNoWeight() {
        AccountFrame frame = frame(0.1, null, null, null);

        HealthScore score = HealthScorer.score(RAVENSTACK, frame).get(0);

        // Breadth counts 0 (worst), satisfaction is left out, escalations count 50 (neutral); counted weights 30 + 20 + 20.
        assertThat(score.categories()).extracting(CategoryScore::category).containsExactly("product_usage", "sentiment", "support");
        assertThat(score.categories().get(0).score()).isCloseTo(36.0, within(1e-9));
        assertThat(score.categories().get(1).score()).isNull();
        assertThat(score.categories().get(2).score()).isCloseTo(50.0, within(1e-9));
        assertThat(score.categories()).extracting(CategoryScore::weight)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(5000.0 / 70, 0.0, 2000.0 / 70);
        assertThat(score.missing()).extracting(MeasureScore::measure, MeasureScore::appliedPolicy).containsExactly(
                tuple("breadth", MissingPolicy.WORST), tuple("satisfaction", MissingPolicy.EXCLUDE), tuple("escalations", MissingPolicy.NEUTRAL));
        assertThat(score.missingSummary()).isEqualTo("breadth: worst; satisfaction: exclude; escalations: neutral");
    }

    @Test
    void measureWithoutCategoryFallsInOther() {
        HealthModel model = new HealthModel("plain", null, List.of(
                new HealthMeasure("usage", "usage_change", null, 1, Scoring.linear(0, 1), MissingPolicy.EXCLUDE, null)), BANDS, null);

        HealthScore score = HealthScorer.score(model, frame(0.5, null, null, null)).get(0);

        assertThat(score.categories()).extracting(CategoryScore::category).containsExactly(HealthMeasure.DEFAULT_CATEGORY);
        assertThat(model.categories()).containsExactly("other");
    }

    @Test
    void severalModelsScoreOneFrameIndependently() {
        HealthModel usageOnly = new HealthModel("usage_health", null, List.of(
                new HealthMeasure("breadth", "features_used", "product_usage", 1, Scoring.linear(0, 6), MissingPolicy.WORST, null)),
                List.of(new HealthBand("good", 50), new HealthBand("poor", 0)), null);
        AccountFrame frame = new AccountFrame(List.of("acme", "bolt"));
        frame.put("usage_change", new Object[] {0.1, -0.5});
        frame.put("features_used", new Object[] {3.0, 6.0});
        frame.put("avg_satisfaction", new Object[] {4.2, null});
        frame.put("escalations", new Object[] {1.0, 0.0});

        List<HealthScore> first = HealthScorer.score(RAVENSTACK, frame);
        List<HealthScore> second = HealthScorer.score(usageOnly, frame);

        // acme as in the worked example: 62. bolt: (30·0 + 20·100 + 20·100) / 70. usage_health is breadth alone.
        assertThat(first).extracting(HealthScore::score)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(62.0, 4000.0 / 70);
        assertThat(second).extracting(HealthScore::score).containsExactly(50.0, 100.0);
        assertThat(frame.column("health")).containsExactly(first.get(0).score(), first.get(1).score());
        assertThat(frame.column("health_band")).containsExactly("amber", "amber");
        assertThat(frame.column("usage_health")).containsExactly(50.0, 100.0);
        assertThat(frame.column("usage_health_band")).containsExactly("good", "good");
        assertThat(second).extracting(HealthScore::model).containsOnly("usage_health");
    }

    /** One measure of a random model: its category, weight, value (null when missing) and policy. */
    record Input(String category, double weight, Double value, MissingPolicy missing) {
    }

    @Property
    void categoriesAddUpToTheOverallScore(@ForAll("inputs") @Size(min = 1, max = 8) List<Input> inputs) {
        List<HealthMeasure> measures = new ArrayList<>();
        AccountFrame frame = new AccountFrame(List.of("acme"));
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            measures.add(new HealthMeasure("m" + i, "f" + i, input.category(), input.weight(), Scoring.linear(0, 100), input.missing(), null));
            frame.put("f" + i, new Object[] {input.value()});
        }

        HealthScore score = HealthScorer.score(new HealthModel("health", null, measures, BANDS, null), frame).get(0);

        // Independent sums per category: sum(weight × counted score) and sum(counted weight).
        Map<String, double[]> sums = new LinkedHashMap<>();
        double totalWeight = 0;
        for (Input input : inputs) {
            double[] sum = sums.computeIfAbsent(input.category(), c -> new double[2]);
            Double counted = input.value() != null ? input.value() : switch (input.missing()) {
                case EXCLUDE -> null;
                case NEUTRAL -> 50.0;
                case WORST -> 0.0;
            };
            if (counted != null) {
                sum[0] += input.weight() * counted;
                sum[1] += input.weight();
                totalWeight += input.weight();
            }
        }
        assertThat(score.categories()).extracting(CategoryScore::category).containsExactlyElementsOf(sums.keySet());
        double recombined = 0;
        for (CategoryScore category : score.categories()) {
            double[] sum = sums.get(category.category());
            if (sum[1] == 0) {
                assertThat(category.score()).isNull();
                assertThat(category.weight()).isZero();
                continue;
            }
            assertThat(category.score()).isCloseTo(sum[0] / sum[1], within(1e-9));
            assertThat(category.weight()).isCloseTo(100.0 * sum[1] / totalWeight, within(1e-9));
            recombined += category.weight() * category.score() / 100.0;
        }
        if (score.score() != null) {
            assertThat(recombined).isCloseTo(score.score(), within(1e-9));
        }
        long missing = inputs.stream().filter(i -> i.value() == null).count();
        assertThat(score.missing()).hasSize((int) missing);
    }

    @Provide
    Arbitrary<List<Input>> inputs() {
        Arbitrary<String> categories = Arbitraries.of("product_usage", "sentiment", "finance", "support");
        Arbitrary<Double> weights = Arbitraries.integers().between(1, 50).map(Integer::doubleValue);
        Arbitrary<Double> values = Arbitraries.doubles().between(0, 100).ofScale(2).injectNull(0.3);
        Arbitrary<MissingPolicy> policies = Arbitraries.of(MissingPolicy.class);
        return Combinators.combine(categories, weights, values, policies).as(Input::new).list();
    }

    private static AccountFrame frame(Double usageChange, Double featuresUsed, Double satisfaction, Double escalations) {
        AccountFrame frame = new AccountFrame(List.of("acme"));
        frame.put("usage_change", new Object[] {usageChange});
        frame.put("features_used", new Object[] {featuresUsed});
        frame.put("avg_satisfaction", new Object[] {satisfaction});
        frame.put("escalations", new Object[] {escalations});
        return frame;
    }
}
