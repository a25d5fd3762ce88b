package io.idem.design.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CalibrationMonthsTest {

    @Test
    void lastMonthEndNeedsItsWholeHorizon() {
        assertThat(CalibrationMonths.between(YearMonth.parse("2023-01"), LocalDate.parse("2024-12-31"), 90))
                .hasSize(21).startsWith(LocalDate.parse("2023-01-31")).endsWith(LocalDate.parse("2024-09-30"));
        // 2024-09-30 + 90 days is 2024-12-29.
        assertThat(CalibrationMonths.between(YearMonth.parse("2024-08"), LocalDate.parse("2024-12-29"), 90))
                .containsExactly(LocalDate.parse("2024-08-31"), LocalDate.parse("2024-09-30"));
        assertThat(CalibrationMonths.between(YearMonth.parse("2024-08"), LocalDate.parse("2024-12-28"), 90))
                .containsExactly(LocalDate.parse("2024-08-31"));
    }

    @Test
    void tooShortHistoryGivesNoMonth() {
        assertThat(CalibrationMonths.between(YearMonth.parse("2024-11"), LocalDate.parse("2024-12-31"), 90)).isEmpty();
        assertThatThrownBy(() -> CalibrationMonths.between(YearMonth.parse("2024-01"), LocalDate.parse("2024-12-31"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("horizon must be at least 1 day, got 0");
    }
}
