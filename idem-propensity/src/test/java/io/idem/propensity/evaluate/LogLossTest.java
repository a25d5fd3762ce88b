package io.idem.propensity.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogLossTest {

    @Test
    void averagesNegativeLogLikelihood() {
        MetricValue loss = LogLoss.compute(new double[] {0.9, 0.2, 0.6}, new boolean[] {true, false, false});

        double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3;
        assertThat(loss.value()).isCloseTo(expected, within(1e-15));
    }

    @Test
    void clipsCertainMistakes() {
        MetricValue missedPositive = LogLoss.compute(new double[] {0.0}, new boolean[] {true});
        MetricValue missedNegative = LogLoss.compute(new double[] {1.0}, new boolean[] {false});

        assertThat(missedPositive.value()).isCloseTo(-Math.log(1e-15), within(1e-9));
        // 1 - 1e-15 rounds to a double about 1.1e-16 away, so log(1 - p) is close to log(1e-15), not equal.
        assertThat(missedNegative.value()).isCloseTo(-Math.log(1e-15), within(1e-3));
    }

    @Test
    void emptyInputIsUnavailable() {
        MetricValue loss = LogLoss.compute(new double[0], new boolean[0]);

        assertThat(loss.value()).isNull();
        assertThat(loss.reason()).contains("at least one row");
    }
}
