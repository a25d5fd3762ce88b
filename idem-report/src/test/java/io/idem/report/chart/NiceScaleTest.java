package io.idem.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceScaleTest {

    @ParameterizedTest(name = "{0}..{1} gives {2}")
    @CsvSource(delimiter = '|', value = {
        "0     | 97    | 0 20 40 60 80 100",
        "0     | 1     | 0 0.2 0.4 0.6 0.8 1",
        "-350  | 1200  | -500 0 500 1000 1500",
        "0     | 0     | 0 0.2 0.4 0.6 0.8 1",
        "0     | 9     | 0 2 4 6 8 10",
        "0     | 1.1   | 0 0.5 1 1.5",
        "12    | 18    | 12 14 16 18",
        "0     | 48250 | 0 10000 20000 30000 40000 50000",
    })
    void ticksOfKnownRanges(double low, double high, String expected) {
        List<Double> expectedTicks = Arrays.stream(expected.split(" ")).map(Double::valueOf).toList();

        List<Double> ticks = NiceScale.covering(low, high, 5).ticks();

        assertThat(ticks).containsExactlyElementsOf(expectedTicks);
    }

    @Test
    void rangeAcrossZeroWidensBothEnds() {
        NiceScale scale = NiceScale.covering(-2300, 11800, 6);

        assertThat(scale.step()).isEqualTo(5000);
        assertThat(scale.ticks()).containsExactly(-5000.0, 0.0, 5000.0, 10000.0, 15000.0);
    }

    @Test
    void fractionDigitsFollowTheStep() {
        assertThat(NiceScale.covering(0, 97, 5).fractionDigits()).isZero();
        assertThat(NiceScale.covering(0, 1, 5).fractionDigits()).isEqualTo(1);
        assertThat(NiceScale.covering(0, 0.05, 5).fractionDigits()).isEqualTo(2);
    }

    @Test
    void niceNumbersAreRoundMultiples() {
        assertThat(NiceScale.niceNumber(97, false)).isEqualTo(100);
        assertThat(NiceScale.niceNumber(25, true)).isEqualTo(20);
        assertThat(NiceScale.niceNumber(0.034, true)).isCloseTo(0.05, within(1e-12));
        assertThat(NiceScale.niceNumber(1.4, true)).isEqualTo(1);
        assertThat(NiceScale.niceNumber(7.5, true)).isEqualTo(10);
    }

    @Test
    void randomRangesAreCoveredWithRoundSteps() {
        Random random = new Random(20240531L);
        for (int i = 0; i < 500; i++) {
            double low = (random.nextDouble() - 0.7) * Math.pow(10, random.nextInt(7));
            double high = low + random.nextDouble() * Math.pow(10, random.nextInt(7));

            NiceScale scale = NiceScale.covering(low, high, 6);

            assertThat(scale.min()).as("min for %s..%s", low, high).isLessThanOrEqualTo(low);
            assertThat(scale.max()).as("max for %s..%s", low, high).isGreaterThanOrEqualTo(high);
            double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step())));
            assertThat(mantissa).as("step %s for %s..%s", scale.step(), low, high)
                    .satisfiesAnyOf(m -> assertThat(m).isCloseTo(1, within(1e-9)), m -> assertThat(m).isCloseTo(2, within(1e-9)),
                            m -> assertThat(m).isCloseTo(5, within(1e-9)));
            assertThat(scale.ticks().size()).as("tick count for %s..%s", low, high).isBetween(3, 12);
        }
    }

    @Test
    void fractionSpansZeroToOne() {
        NiceScale scale = NiceScale.covering(0, 97, 5);

        assertThat(scale.fraction(0)).isZero();
        assertThat(scale.fraction(100)).isEqualTo(1);
        assertThat(scale.fraction(50)).isEqualTo(0.5);
    }

    @Test
    void rejectsNonFiniteRange() {
        assertThatThrownBy(() -> NiceScale.covering(0, Double.NaN, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
