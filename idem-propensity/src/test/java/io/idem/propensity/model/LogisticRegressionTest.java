package io.idem.propensity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import io.idem.propensity.explain.Explanation;
import io.idem.propensity.explain.FeatureContribution;
import io.idem.propensity.split.Split;
import io.idem.propensity.split.SplitSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void solutionSatisfiesPenalisedScoreEquations() {
        // Independent check of optimality on complete numeric data, with the standardisation redone here:
        // at the maximum, sum (y - p) = 0 and sum (y - p) z_j = lambda b_j for every column j.
        Dataset data = numericOnly(ModelFixtures.dataset(3000, 3));
        double lambda = 5.0;
        Split split = wholeAsTraining(data);
        LogisticRegressionModel model = new LogisticRegression(new LogisticParameters(lambda, 100, 1e-10)).fit(split);
        double[] x = ((NumericColumn) data.features().column("x").orElseThrow()).values();
        double mean = IntStream.range(0, x.length).mapToDouble(i -> x[i]).average().orElseThrow();
        double sd = Math.sqrt(IntStream.range(0, x.length).mapToDouble(i -> (x[i] - mean) * (x[i] - mean)).sum()
                / (x.length - 1));
        double b0 = model.intercept();
        double b1 = model.standardisedCoefficients().get("x");

        double interceptScore = 0.0;
        double slopeScore = 0.0;
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - mean) / sd;
            double p = 1 / (1 + Math.exp(-(b0 + b1 * z)));
            double y = data.label(i) ? 1 : 0;
            interceptScore += y - p;
            slopeScore += (y - p) * z;
        }

        assertThat(model.fit().converged()).isTrue();
        assertThat(interceptScore).isCloseTo(0.0, within(1e-6));
        assertThat(slopeScore).isCloseTo(lambda * b1, within(1e-6));
        assertThat(model.originalScaleCoefficient("x").orElseThrow()).isCloseTo(b1 / sd, within(1e-12));
    }

    @Test
    void recoversKnownCoefficients() {
        LogisticRegressionModel model = new LogisticRegression(LogisticParameters.defaults())
                .fit(ModelFixtures.split(20_000, 5));

        // Standard errors are about 0.02 for x on 15,000 rows; the tolerance is five of them.
        assertThat(model.originalScaleCoefficient("x").orElseThrow()).isCloseTo(1.5, within(0.1));
        assertThat(model.originalScaleCoefficient("z").orElseThrow()).isCloseTo(0.0, within(0.1));
        double segmentGap = model.originalScaleCoefficient("segment=b").orElseThrow()
                - model.originalScaleCoefficient("segment=a").orElseThrow();
        assertThat(segmentGap).isCloseTo(0.8, within(0.15));
    }

    @Test
    void explanationAddsUpToLogOdds() {
        Split split = ModelFixtures.split(2000, 9);
        LogisticRegressionModel model = new LogisticRegression(LogisticParameters.defaults()).fit(split);
        FeatureTable test = split.test().features();

        List<Explanation> explanations = model.explain(test);
        double[] predicted = model.predict(test);

        assertThat(explanations).hasSize(test.rowCount());
        for (int row = 0; row < test.rowCount(); row++) {
            Explanation explanation = explanations.get(row);
            double logOdds = explanation.baseline()
                    + explanation.contributions().stream().mapToDouble(FeatureContribution::contribution).sum();
            assertThat(explanation.probability()).isCloseTo(predicted[row], within(1e-12));
            assertThat(1 / (1 + Math.exp(-logOdds))).isCloseTo(predicted[row], within(1e-12));
            assertThat(explanation.contributions()).extracting(FeatureContribution::feature)
                    .containsExactly("x", "z", "segment");
        }
    }

    @Test
    void convergesOnSeparableData() {
        double[] x = {-3, -2, -1, 1, 2, 3, -2.5, 2.5};
        boolean[] labels = {false, false, false, true, true, true, false, true};
        Dataset data = new Dataset(new FeatureTable(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(new NumericColumn("x", x))), labels);

        LogisticRegressionModel model = new LogisticRegression(LogisticParameters.defaults()).fit(wholeAsTraining(data));

        assertThat(model.fit().converged()).isTrue();
        assertThat(model.standardisedCoefficients().get("x")).isPositive().isFinite();
    }

    @Test
    void rejectsZeroPenalty() {
        assertThatThrownBy(() -> new LogisticParameters(0.0, 10, 1e-8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("l2Penalty is 0.0");
    }

    private static Dataset numericOnly(Dataset data) {
        NumericColumn x = (NumericColumn) data.features().column("x").orElseThrow();
        return new Dataset(new FeatureTable(data.features().rowIds(), List.of(x)), data.labels());
    }

    /** Returns a split whose training partition is all of {@code data}, the only partition the baseline reads. */
    private static Split wholeAsTraining(Dataset data) {
        int[] first = {0};
        int[] rest = IntStream.range(1, data.rowCount()).toArray();
        Dataset fit = data.select(rest);
        Dataset single = data.select(first);
        SplitSummary summary = new SplitSummary("all_rows", Map.of(), fit.rowCount(), fit.positives(), 1,
                single.positives(), 1, single.positives(), 0);
        return new Split(data, fit, single, single, summary);
    }
}
