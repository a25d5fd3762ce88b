package io.idem.lifetimevalue.contractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.ModelFitException;
import io.idem.lifetimevalue.TestData;
import io.idem.lifetimevalue.cli.SurvivorFileReader;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricFitterTest {

    private static double threeSignificantDigits(double value) {
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }

    private static SurvivorCounts read(String resource) throws Exception {
        return SurvivorFileReader.read(TestData.resource(resource));
    }

    @Test
    void regularCohortReproducesPublishedFit() throws Exception {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.fit(read("sbg/regular.txt"));

        assertThat(fit.counts().periods()).isEqualTo(7);
        assertThat(threeSignificantDigits(fit.model().alpha())).isEqualTo(0.704);
        assertThat(threeSignificantDigits(fit.model().beta())).isEqualTo(1.18);
        assertThat(fit.model().beta()).isCloseTo(1.182, within(0.0005));
        assertThat(fit.convergence().converged()).isTrue();
    }

    @Test
    void highEndCohortReproducesPublishedFit() throws Exception {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.fit(read("sbg/high-end.txt"));

        assertThat(threeSignificantDigits(fit.model().alpha())).isEqualTo(0.668);
        assertThat(fit.model().beta()).isCloseTo(3.806, within(0.0005));
    }

    @Test
    void publishedValuesNeedAllSevenYears() throws Exception {
        SurvivorCounts regular = read("sbg/regular.txt");

        for (int periods = 2; periods < 7; periods++) {
            ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.fit(regular.firstPeriods(periods));
            assertThat(fit.model().alpha()).as("alpha from %d years", periods).isNotCloseTo(0.704, within(0.005));
        }
    }

    @Test
    void fitIsMaximumOfLikelihoodGrid() throws Exception {
        SurvivorCounts counts = read("sbg/regular.txt");
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.fit(counts);
        double best = fit.convergence().logLikelihood();

        for (double alphaFactor = 0.98; alphaFactor <= 1.021; alphaFactor += 0.005) {
            for (double betaFactor = 0.98; betaFactor <= 1.021; betaFactor += 0.005) {
                ShiftedBetaGeometric nearby = new ShiftedBetaGeometric(
                        fit.model().alpha() * alphaFactor, fit.model().beta() * betaFactor);
                assertThat(nearby.logLikelihood(counts)).isLessThanOrEqualTo(best + 1e-9);
            }
        }
        assertThat(best).isCloseTo(fit.model().logLikelihood(counts), within(1e-9));
    }

    @Test
    void reportsConvergenceDiagnostics() throws Exception {
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.fit(read("sbg/high-end.txt"));

        assertThat(fit.convergence().iterations()).isPositive();
        assertThat(fit.convergence().evaluations()).isGreaterThan(fit.convergence().iterations());
        assertThat(fit.convergence().gradientNorm()).isLessThan(1e-2);
        assertThat(fit.convergence().predictedGain()).isBetween(0.0, 1e-6);
    }

    @Test
    void rejectsCountsWithoutHeterogeneity() throws Exception {
        // Two years of the high-end cohort fit a plain geometric model best, so alpha and beta run off to infinity.
        SurvivorCounts twoYears = read("sbg/high-end.txt").firstPeriods(2);

        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.fit(twoYears))
                .isInstanceOfSatisfying(ModelFitException.class,
                        e -> assertThat(e.failure()).isEqualTo(FitFailure.PARAMETERS_DIVERGED))
                .hasMessageContaining("sBG")
                .hasMessageContaining("geometric");
    }
}
