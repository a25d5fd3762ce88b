package io.idem.propensity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import io.idem.propensity.explain.Explanation;
import io.idem.propensity.explain.FeatureContribution;
import io.idem.propensity.split.Split;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradientBoostedTreesTest {

    private static final TreeParameters PARAMETERS = TreeParameters.defaults().withThreads(1);

    private Split split;
    private GradientBoostedTreesModel model;

    @BeforeAll
    void fitModel() {
        split = ModelFixtures.split(4000, 21);
        model = new GradientBoostedTrees(PARAMETERS).fit(split);
    }

    @AfterAll
    void closeModel() {
        model.close();
    }

    @Test
    void shapValuesAddUpToLogOdds() {
        FeatureTable test = split.test().features();

        List<Explanation> explanations = model.explain(test);
        double[] predicted = model.predict(test);

        for (int row = 0; row < test.rowCount(); row++) {
            Explanation explanation = explanations.get(row);
            double logOdds = explanation.baseline()
                    + explanation.contributions().stream().mapToDouble(FeatureContribution::contribution).sum();
            assertThat(explanation.probability()).isEqualTo(predicted[row]);
            assertThat(1 / (1 + Math.exp(-logOdds))).isCloseTo(predicted[row], within(1e-5));
        }
    }

    @Test
    void signalFeatureDominatesExplanations() {
        List<Explanation> explanations = model.explain(split.test().features());

        double[] meanAbsolute = new double[3];
        for (Explanation explanation : explanations) {
            for (int feature = 0; feature < 3; feature++) {
                meanAbsolute[feature] += Math.abs(explanation.contributions().get(feature).contribution());
            }
        }

        // x carries coefficient 1.5 on a unit scale, segment 0.8 on a 0/1 scale, z nothing.
        assertThat(meanAbsolute[0]).isGreaterThan(meanAbsolute[2]).isGreaterThan(meanAbsolute[1]);
    }

    @Test
    void keepsTreesUpToBestValidationRound() {
        GradientBoostedTreesModel.Fit fit = model.fit();
        List<Double> history = fit.validationHistory();
        int best = IntStream.range(0, history.size()).boxed()
                .min((a, b) -> Double.compare(history.get(a), history.get(b))).orElseThrow() + 1;

        assertThat(history).hasSize(fit.roundsRun());
        assertThat(fit.roundsKept()).isEqualTo(best);
        assertThat(fit.roundsRun() - fit.roundsKept() == PARAMETERS.earlyStoppingRounds()
                || fit.roundsRun() == PARAMETERS.maxRounds()).isTrue();
    }

    @Test
    void predictsWithKeptTreesOnly() {
        int kept = model.fit().roundsKept();
        TreeParameters truncated = new TreeParameters(PARAMETERS.maxDepth(), PARAMETERS.learningRate(), kept,
                PARAMETERS.earlyStoppingRounds(), PARAMETERS.subsample(), PARAMETERS.columnSample(),
                PARAMETERS.minChildWeight(), PARAMETERS.l2LeafPenalty(), PARAMETERS.seed(), 1);

        try (GradientBoostedTreesModel shorter = new GradientBoostedTrees(truncated).fit(split)) {
            assertThat(shorter.fit().roundsRun()).isEqualTo(kept);
            double[] expected = shorter.predict(split.test().features());
            double[] actual = model.predict(split.test().features());
            for (int row = 0; row < expected.length; row++) {
                assertThat(actual[row]).isCloseTo(expected[row], within(1e-6));
            }
        }
    }

    @Test
    void sameSeedGivesSamePredictions() {
        try (GradientBoostedTreesModel again = new GradientBoostedTrees(PARAMETERS).fit(split)) {
            assertThat(again.predict(split.test().features())).containsExactly(model.predict(split.test().features()));
        }
    }

    @Test
    void scoresMissingAndUnseenValues() {
        FeatureTable odd = new FeatureTable(List.of("m", "u"), List.of(
                new NumericColumn("x", new double[] {Double.NaN, 0.0}),
                new NumericColumn("z", new double[] {Double.NaN, Double.NaN}),
                new CategoricalColumn("segment", new String[] {null, "never seen"})));

        double[] predicted = model.predict(odd);
        Explanation unseen = model.explain(odd).get(1);

        assertThat(predicted[0]).isStrictlyBetween(0.0, 1.0);
        assertThat(predicted[1]).isStrictlyBetween(0.0, 1.0);
        assertThat(unseen.contributions().get(2).value()).isEqualTo("never seen");
        assertThat(model.explain(odd).get(0).contributions().get(0).value()).isEqualTo("missing");
    }

    @Test
    void scoresAcrossBatchBoundary() {
        FeatureTable test = split.test().features();
        int[] repeated = IntStream.range(0, 70_000).map(i -> i % test.rowCount()).toArray();

        double[] large = model.predict(test.select(repeated));
        double[] small = model.predict(test);

        for (int i = 65_530; i < 65_540; i++) {
            assertThat(large[i]).isEqualTo(small[repeated[i]]);
        }
        assertThat(large[69_999]).isEqualTo(small[repeated[69_999]]);
    }
}
