package io.idem.statistics.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestSettings;
import io.idem.statistics.frequentist.WelchTTest;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

class CupedTest {

    /** Pre-period MRR per account and an outcome that tracks it with correlation about 0.8. */
    private static double[][] simulateArm(RandomDataGenerator random, int n, double effect) {
        double[] covariate = new double[n];
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            covariate[i] = random.nextNormal(100, 20);
            outcome[i] = 10 + 0.6 * covariate[i] + random.nextNormal(0, 9) + effect;
        }
        return new double[][] {outcome, covariate};
    }

    @Test
    void adjustedVarianceMatchesIndependentComputation() {
        RandomDataGenerator random = new RandomDataGenerator(7L);
        double[][] control = simulateArm(random, 1500, 0);
        double[][] treatment = simulateArm(random, 1400, 3);

        CupedResult result = Cuped.fromUnits(List.of(control[0], treatment[0]), List.of(control[1], treatment[1]));

        double theta = pooledWithinSlope(control, treatment);
        double covariateMean = (sum(control[1]) + sum(treatment[1])) / (1500 + 1400);
        double[] adjustedControl = adjust(control, theta, covariateMean);
        double[] adjustedTreatment = adjust(treatment, theta, covariateMean);
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.theta()).isCloseTo(theta, within(1e-10));
        assertThat(result.covariateMean()).isCloseTo(covariateMean, within(1e-9));
        assertThat(result.adjusted().get(0).mean()).isCloseTo(mean(adjustedControl), within(1e-9));
        assertThat(result.adjusted().get(1).mean()).isCloseTo(mean(adjustedTreatment), within(1e-9));
        assertThat(result.adjusted().get(0).variance()).isCloseTo(variance(adjustedControl), within(1e-8));
        assertThat(result.adjusted().get(1).variance()).isCloseTo(variance(adjustedTreatment), within(1e-8));
    }

    @Test
    void reductionFactorIsOneMinusSquaredPooledCorrelation() {
        RandomDataGenerator random = new RandomDataGenerator(11L);
        double[][] control = simulateArm(random, 800, 0);
        double[][] treatment = simulateArm(random, 800, 5);

        CupedResult result = Cuped.fromUnits(List.of(control[0], treatment[0]), List.of(control[1], treatment[1]));

        double pooledRaw = 799 * variance(control[0]) + 799 * variance(treatment[0]);
        double pooledAdjusted = 799 * result.adjusted().get(0).variance() + 799 * result.adjusted().get(1).variance();
        assertThat(result.varianceReductionFactor()).isCloseTo(pooledAdjusted / pooledRaw, within(1e-10));
        assertThat(result.varianceReductionFactor())
                .isCloseTo(1 - result.correlation() * result.correlation(), within(1e-15));
        // True correlation: 0.6 * 20 / sqrt(0.36 * 400 + 81) = 0.8, so 1 - rho^2 = 0.36.
        assertThat(result.varianceReductionFactor()).isCloseTo(0.36, within(0.04));
    }

    @Test
    void summariesGiveSameResultAsUnits() {
        RandomDataGenerator random = new RandomDataGenerator(13L);
        double[][] control = simulateArm(random, 300, 0);
        double[][] treatment = simulateArm(random, 250, 2);

        CupedResult fromUnits = Cuped.fromUnits(List.of(control[0], treatment[0]), List.of(control[1], treatment[1]));
        CupedResult fromSummaries = Cuped.fromSummaries(List.of(
                CovariateSummary.of(control[0], control[1]), CovariateSummary.of(treatment[0], treatment[1])));

        assertThat(fromSummaries).isEqualTo(fromUnits);
    }

    @Test
    void estimateStaysUnbiasedAndVarianceShrinks() {
        RandomDataGenerator random = new RandomDataGenerator(20240611L);
        int replications = 400;
        double effect = 3;
        double[] raw = new double[replications];
        double[] adjusted = new double[replications];
        for (int r = 0; r < replications; r++) {
            double[][] control = simulateArm(random, 200, 0);
            double[][] treatment = simulateArm(random, 200, effect);
            CupedResult result = Cuped.fromUnits(List.of(control[0], treatment[0]),
                    List.of(control[1], treatment[1]));
            raw[r] = mean(treatment[0]) - mean(control[0]);
            adjusted[r] = result.adjusted().get(1).mean() - result.adjusted().get(0).mean();
        }

        double standardErrorOfMean = Math.sqrt(variance(adjusted) / replications);
        assertThat(mean(adjusted)).isCloseTo(effect, within(4 * standardErrorOfMean));
        assertThat(variance(adjusted) / variance(raw)).isCloseTo(0.36, within(0.08));
    }

    @Test
    void adjustedWelchTestIsNarrower() {
        RandomDataGenerator random = new RandomDataGenerator(17L);
        double[][] control = simulateArm(random, 500, 0);
        double[][] treatment = simulateArm(random, 500, 2);

        CupedResult cuped = Cuped.fromUnits(List.of(control[0], treatment[0]), List.of(control[1], treatment[1]));
        double rawError = WelchTTest.test(CovariateSummary.of(control[0], control[1]).outcome(),
                CovariateSummary.of(treatment[0], treatment[1]).outcome(), TestSettings.defaults())
                .absoluteEffect().standardError();
        double adjustedError = WelchTTest.test(cuped.adjusted().get(0), cuped.adjusted().get(1),
                TestSettings.defaults()).absoluteEffect().standardError();

        assertThat(adjustedError / rawError).isCloseTo(Math.sqrt(cuped.varianceReductionFactor()), within(0.02));
    }

    @Test
    void constantCovariateLeavesOutcomeUnadjusted() {
        double[] outcome = {1, 2, 3, 4};
        double[] covariate = {5, 5, 5, 5};

        CupedResult result = Cuped.fromUnits(List.of(outcome, outcome), List.of(covariate, covariate));

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("covariate has zero variance");
        assertThat(result.theta()).isZero();
        assertThat(result.adjusted().get(0)).isEqualTo(new MeanSummary(4, 2.5, variance(outcome)));
    }

    @Test
    void singleAccountArmsCannotEstimateTheta() {
        CupedResult result = Cuped.fromSummaries(List.of(
                new CovariateSummary(1, 10, 0, 8, 0, 0), new CovariateSummary(1, 12, 0, 9, 0, 0)));

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.adjusted()).extracting(MeanSummary::n).containsExactly(1L, 1L);
    }

    @Test
    void rejectsCovarianceBeyondCauchySchwarz() {
        assertThatThrownBy(() -> new CovariateSummary(10, 1, 4, 1, 9, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covariance 7.0 exceeds");
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> CovariateSummary.of(new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome has 3 values but covariate has 2");
    }

    private static double pooledWithinSlope(double[][] control, double[][] treatment) {
        double cross = 0;
        double squares = 0;
        for (double[][] arm : new double[][][] {control, treatment}) {
            double outcomeMean = mean(arm[0]);
            double covariateMean = mean(arm[1]);
            for (int i = 0; i < arm[0].length; i++) {
                cross += (arm[0][i] - outcomeMean) * (arm[1][i] - covariateMean);
                squares += (arm[1][i] - covariateMean) * (arm[1][i] - covariateMean);
            }
        }
        return cross / squares;
    }

    private static double[] adjust(double[][] arm, double theta, double covariateMean) {
        double[] adjusted = new double[arm[0].length];
        for (int i = 0; i < adjusted.length; i++) {
            adjusted[i] = arm[0][i] - theta * (arm[1][i] - covariateMean);
        }
        return adjusted;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static double mean(double[] values) {
        return sum(values) / values.length;
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return squares / (values.length - 1);
    }
}
