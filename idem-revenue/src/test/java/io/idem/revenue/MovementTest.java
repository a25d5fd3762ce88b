package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MovementTest {

    @ParameterizedTest(name = "{0} -> {1}, paid before {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "0,   100, false, NEW",
            "0,   100, true,  REACTIVATION",
            "100, 0,   true,  CHURN",
            "100, 150, true,  EXPANSION",
            "150, 100, true,  CONTRACTION",
            "100, 100, true,  none",
            "0,   0,   true,  none",
            "0,   0,   false, none"})
    void classifiesChange(long previous, long current, boolean payingBefore, Movement expected) {
        assertThat(Movement.between(previous, current, payingBefore)).isEqualTo(expected);
    }
}
