package io.idem.lifetimevalue.contractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftedBetaGeometricTest {
    private static final ShiftedBetaGeometric REGULAR = new ShiftedBetaGeometric(0.704, 1.182);

    /** S(t) as the product of the per-period retention rates (beta + i - 1) / (alpha + beta + i - 1). */
    private static double survivalByProduct(double alpha, double beta, int t) {
        double survival = 1.0;
        for (int i = 1; i <= t; i++) {
            survival *= (beta + i - 1) / (alpha + beta + i - 1);
        }
        return survival;
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "2", "7", "30"})
    void survivalMatchesRetentionProduct(int t) {
        assertThat(REGULAR.survival(t)).isCloseTo(survivalByProduct(0.704, 1.182, t), within(1e-12));
    }

    @Test
    void churnProbabilityIsDropInSurvival() {
        assertThat(REGULAR.churnProbability(1)).isCloseTo(0.704 / (0.704 + 1.182), within(1e-12));
        for (int t = 1; t <= 12; t++) {
            double drop = survivalByProduct(0.704, 1.182, t - 1) - survivalByProduct(0.704, 1.182, t);
            assertThat(REGULAR.churnProbability(t)).as("P(T=%d)", t).isCloseTo(drop, within(1e-12));
        }
    }

    @Test
    void retentionRateRisesOverTime() {
        for (int t = 2; t <= 12; t++) {
            assertThat(REGULAR.retentionRate(t)).isGreaterThan(REGULAR.retentionRate(t - 1));
            double survivalRatio = REGULAR.survival(t) / REGULAR.survival(t - 1);
            assertThat(REGULAR.retentionRate(t)).isCloseTo(survivalRatio, within(1e-12));
        }
    }

    @Test
    void logLikelihoodSumsChurnAndCensoredTerms() {
        SurvivorCounts counts = SurvivorCounts.of(1000, 631, 468, 382);
        double alpha = 0.704;
        double beta = 1.182;
        double expected = 369 * Math.log(1 - survivalByProduct(alpha, beta, 1))
                + 163 * Math.log(survivalByProduct(alpha, beta, 1) - survivalByProduct(alpha, beta, 2))
                + 86 * Math.log(survivalByProduct(alpha, beta, 2) - survivalByProduct(alpha, beta, 3))
                + 382 * Math.log(survivalByProduct(alpha, beta, 3));

        assertThat(REGULAR.logLikelihood(counts)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0.05", "0.1", "0.25"})
    void discountedLifetimeMatchesClosedFormForUniformChurn(double discountRate) {
        // alpha = beta = 1 gives S(t) = 1 / (t + 1), so the sum of S(t) x^t is -ln(1 - x) / x with x = 1 / (1 + d).
        ShiftedBetaGeometric uniform = new ShiftedBetaGeometric(1, 1);
        double x = 1 / (1 + discountRate);
        double expected = -Math.log1p(-x) / x;

        assertThat(uniform.discountedExpectedLifetime(discountRate)).isCloseTo(expected, within(1e-10));
    }

    @ParameterizedTest
    @CsvSource({
        "0.704, 1.182, 0.10, 0",
        "0.704, 1.182, 0.10, 4",
        "0.668, 3.806, 0.10, 7",
        "1.000, 1.000, 0.05, 2",
        "3.800, 15.19, 0.20, 1"
    })
    void residualLifetimeMatchesDirectSum(double alpha, double beta, double discountRate, int renewals) {
        // DERL = sum over t >= n of S(t) / S(n - 1) / (1 + d)^(t - n), with n - 1 renewals made.
        int n = renewals + 1;
        double expected = 0;
        double conditionalSurvival = 1.0;
        for (int t = n; t < n + 20_000; t++) {
            conditionalSurvival *= (beta + t - 1) / (alpha + beta + t - 1);
            expected += conditionalSurvival * Math.pow(1 + discountRate, -(t - n));
        }
        ShiftedBetaGeometric model = new ShiftedBetaGeometric(alpha, beta);

        assertThat(model.discountedExpectedResidualLifetime(discountRate, renewals))
                .isCloseTo(expected, within(1e-9 * expected));
    }

    @Test
    void residualValueScalesDerlByMargin() {
        double derl = REGULAR.discountedExpectedResidualLifetime(0.1, 3);

        assertThat(REGULAR.expectedResidualValue(250.0, 0.1, 3)).isCloseTo(250.0 * derl, within(1e-9));
    }

    @Test
    void residualLifetimeGrowsWithTenure() {
        // Customers who renewed more often are more likely to have a low churn probability.
        assertThat(REGULAR.discountedExpectedResidualLifetime(0.1, 5))
                .isGreaterThan(REGULAR.discountedExpectedResidualLifetime(0.1, 0));
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> new ShiftedBetaGeometric(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REGULAR.discountedExpectedResidualLifetime(0.0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discountRate");
        assertThatThrownBy(() -> REGULAR.discountedExpectedResidualLifetime(0.1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewals");
        assertThatThrownBy(() -> REGULAR.churnProbability(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
