package io.idem.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GaussHypergeometricTest {

    @ParameterizedTest
    @CsvSource({"0.0", "0.3", "0.9", "0.99", "0.999"})
    void matchesLogarithmClosedForm(double z) {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z, and 1 at z = 0.
        double expected = z == 0 ? 1.0 : -Math.log1p(-z) / z;

        assertThat(GaussHypergeometric.value(1, 1, 2, z)).isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 2.0, 0.4", "2.5, 0.7, 0.8", "0.243, 3.1, 0.95"})
    void matchesBinomialClosedForm(double a, double b, double z) {
        // 2F1(a, b; b; z) = (1 - z)^(-a).
        double expected = Math.pow(1 - z, -a);

        assertThat(GaussHypergeometric.value(a, b, b, z)).isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.1", "0.5", "0.9"})
    void matchesArcsineClosedForm(double x) {
        // 2F1(1/2, 1/2; 3/2; x^2) = arcsin(x) / x.
        double expected = Math.asin(x) / x;

        assertThat(GaussHypergeometric.value(0.5, 0.5, 1.5, x * x)).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void rejectsArgumentsOutsideSeriesDomain() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z=1.0");
        assertThatThrownBy(() -> GaussHypergeometric.value(1, -1, 2, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b=-1.0");
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c=0.0");
    }
}
