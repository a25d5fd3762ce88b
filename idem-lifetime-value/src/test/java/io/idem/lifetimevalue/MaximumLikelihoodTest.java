package io.idem.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaximumLikelihoodTest {

    @Test
    void findsMaximumOfKnownFunction() {
        // Poisson log-likelihood of counts summing to 37 over 10 units: maximum at lambda = 3.7.
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximize(LifetimeValueModel.SBG, List.of("lambda"),
                parameters -> 37 * Math.log(parameters[0]) - 10 * parameters[0], new double[] {1.0}, "");

        assertThat(estimate.parameters()[0]).isCloseTo(3.7, within(1e-6));
        assertThat(estimate.convergence().converged()).isTrue();
        assertThat(estimate.convergence().logLikelihood()).isCloseTo(37 * Math.log(3.7) - 37, within(1e-9));
        assertThat(estimate.convergence().gradientNorm()).isLessThan(1e-3);
        assertThat(estimate.convergence().evaluations()).isGreaterThan(estimate.convergence().iterations());
    }

    @Test
    void reportsDivergenceWithParameterName() {
        // Rises for ever as theta grows, so the maximum lies at infinity.
        assertThatThrownBy(() -> MaximumLikelihood.maximize(LifetimeValueModel.BG_NBD, List.of("theta"),
                        parameters -> -1.0 / parameters[0], new double[] {1.0}, "Hint for the user."))
                .isInstanceOfSatisfying(ModelFitException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FitFailure.PARAMETERS_DIVERGED);
                    assertThat(e.model()).isEqualTo(LifetimeValueModel.BG_NBD);
                })
                .hasMessageContaining("BG/NBD")
                .hasMessageContaining("theta")
                .hasMessageContaining("Hint for the user.");
    }

    @Test
    void reportsFunctionThatIsNeverFinite() {
        assertThatThrownBy(() -> MaximumLikelihood.maximize(LifetimeValueModel.GAMMA_GAMMA, List.of("p"),
                        parameters -> Double.NaN, new double[] {1.0}, ""))
                .isInstanceOfSatisfying(ModelFitException.class,
                        e -> assertThat(e.failure()).isEqualTo(FitFailure.NOT_CONVERGED))
                .hasMessageContaining("not finite");
    }
}
