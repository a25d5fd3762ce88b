package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.identify.AccountFrame;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random models of measures scored linearly from 0 to 100, so a present value is its own score.
 * The overall score must be sum(weight × score) / sum(weight) over the measures that count. A
 * missing value counts as 50 (neutral), as 0 (worst) or not at all (exclude).
 */
class HealthScorerPropertyTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("amber", 40), new HealthBand("red", 0));

    /** One measure: weight, value (null when missing) and the policy for a missing value. */
    record Input(double weight, Double value, MissingPolicy missing) {
    }

    @Property
    void scoreIsWeightedMeanOfCountedMeasures(@ForAll("inputs") @Size(min = 1, max = 6) List<Input> inputs) {
        List<HealthMeasure> measures = new ArrayList<>();
        AccountFrame frame = new AccountFrame(List.of("acme"));
        for (int i = 0; i < inputs.size(); i++) {
            measures.add(new HealthMeasure("m" + i, "f" + i, "category", inputs.get(i).weight(), Scoring.linear(0, 100),
                    inputs.get(i).missing(), null));
            frame.put("f" + i, new Object[] {inputs.get(i).value()});
        }
        HealthModel model = new HealthModel("health", null, measures, BANDS, null);

        HealthScore score = HealthScorer.score(model, frame).get(0);

        double weightSum = 0;
        double weightedSum = 0;
        for (Input input : inputs) {
            Double counted = input.value() != null ? input.value() : switch (input.missing()) {
                case EXCLUDE -> null;
                case NEUTRAL -> 50.0;
                case WORST -> 0.0;
            };
            if (counted != null) {
                weightSum += input.weight();
                weightedSum += input.weight() * counted;
            }
        }
        double totalWeight = score.measures().stream().mapToDouble(MeasureScore::weight).sum();
        if (weightSum == 0) {
            assertThat(score.score()).isNull();
            assertThat(score.band()).isNull();
            assertThat(totalWeight).isZero();
            return;
        }
        double expected = weightedSum / weightSum;
        assertThat(score.score()).isCloseTo(expected, within(1e-9));
        assertThat(totalWeight).isCloseTo(100.0, within(1e-9));
        boolean nearBoundary = BANDS.stream().anyMatch(band -> Math.abs(band.min() - expected) < 1e-9);
        if (!nearBoundary) {
            String band = "red";
            if (expected >= 70) {
                band = "green";
            } else if (expected >= 40) {
                band = "amber";
            }
            assertThat(score.band()).isEqualTo(band);
        }
    }

    @Provide
    Arbitrary<List<Input>> inputs() {
        Arbitrary<Double> weights = Arbitraries.integers().between(1, 100).map(Integer::doubleValue);
        Arbitrary<Double> values = Arbitraries.doubles().between(0, 100).ofScale(2).injectNull(0.3);
        Arbitrary<MissingPolicy> policies = Arbitraries.of(MissingPolicy.class);
        return Combinators.combine(weights, values, policies).as(Input::new).list();
    }
}
