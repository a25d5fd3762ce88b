package io.idem.lifetimevalue.noncontractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GammaGammaTest {
    private static final GammaGamma PUBLISHED = new GammaGamma(6.25, 3.74, 15.44);

    /** Density of a gamma(shape, rate) variable at {@code value}. */
    private static double gammaDensity(double shape, double rate, double value) {
        return Math.exp(shape * Math.log(rate) + (shape - 1) * Math.log(value) - rate * value - Gamma.logGamma(shape));
    }

    /**
     * Integrates over nu in (0, infinity) by substituting nu = u / (1 - u), so the integrand lives on (0, 1).
     */
    private static double integrateOverNu(DoubleUnaryOperator integrand) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-13, 1e-15);
        return integrator.integrate(1_000_000, u -> {
            double nu = u / (1 - u);
            return integrand.applyAsDouble(nu) / ((1 - u) * (1 - u));
        }, 0, 1);
    }

    @ParameterizedTest
    @CsvSource({"1, 22.345", "2, 13.0", "10, 13.657", "25, 40.0"})
    void likelihoodMatchesIntegralOverNu(int x, double mean) {
        // The mean of x gamma(p, nu) values is gamma(p x, nu x); nu is gamma(q, gamma) across customers.
        double likelihood = integrateOverNu(nu -> gammaDensity(6.25 * x, nu * x, mean) * gammaDensity(3.74, 15.44, nu));

        assertThat(PUBLISHED.logLikelihood(x, mean)).isCloseTo(Math.log(likelihood), within(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"1, 22.345", "2, 13.0", "10, 13.657", "25, 40.0"})
    void conditionalExpectationMatchesPosteriorMean(int x, double mean) {
        // E[p / nu | x, m] with the posterior of nu proportional to likelihood times prior.
        DoubleUnaryOperator posterior = nu -> gammaDensity(6.25 * x, nu * x, mean) * gammaDensity(3.74, 15.44, nu);
        double expected = integrateOverNu(nu -> 6.25 / nu * posterior.applyAsDouble(nu))
                / integrateOverNu(posterior);

        assertThat(PUBLISHED.conditionalExpectedAverageValue(x, mean)).isCloseTo(expected, within(1e-8 * expected));
    }

    @Test
    void expectationShrinksTowardsPopulationMean() {
        double population = PUBLISHED.populationMeanValue();

        assertThat(population).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
        assertThat(PUBLISHED.conditionalExpectedAverageValue(0, 0)).isCloseTo(population, within(1e-12));
        assertThat(PUBLISHED.conditionalExpectedAverageValue(1000, 80.0)).isCloseTo(80.0, within(0.1));
    }

    @Test
    void rejectsObservationsOutsideModel() {
        assertThatThrownBy(() -> PUBLISHED.logLikelihood(0, 10.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PUBLISHED.logLikelihood(2, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GammaGamma(1, 0.9, 1).populationMeanValue())
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("q=0.9");
    }
}
