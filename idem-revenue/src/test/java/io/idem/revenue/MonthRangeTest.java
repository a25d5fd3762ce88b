package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthRangeTest {

    @Test
    void snapshotsAtMonthEndsAndAsOf() {
        MonthRange range = MonthRange.between(LocalDate.of(2023, 11, 20), LocalDate.of(2024, 2, 10));

        assertThat(range.size()).isEqualTo(4);
        assertThat(range.first()).isEqualTo(YearMonth.of(2023, 11));
        assertThat(range.snapshot(0)).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(range.snapshot(2)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(range.snapshot(3)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(range.indexOf(YearMonth.of(2022, 11))).isEqualTo(-12);
    }

    @Test
    void monthEndAsOfIsLastSnapshot() {
        MonthRange range = MonthRange.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

        assertThat(range.size()).isEqualTo(1);
        assertThat(range.snapshot(0)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void emptyRangeHasNoMonths() {
        MonthRange range = MonthRange.empty(LocalDate.of(2024, 6, 30));

        assertThat(range.size()).isZero();
        assertThat(range.last()).isEqualTo(YearMonth.of(2024, 6));
        assertThatThrownBy(() -> range.snapshot(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsStartAfterAsOf() {
        assertThatThrownBy(() -> MonthRange.between(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-07-01");
    }
}
