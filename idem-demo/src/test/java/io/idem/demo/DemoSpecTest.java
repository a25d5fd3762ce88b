package io.idem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoSpecTest {

    @Test
    void defaultsArePinned() {
        DemoSpec spec = DemoSpec.defaults();

        assertThat(spec.accounts()).isEqualTo(1_000);
        assertThat(spec.seed()).isEqualTo(42L);
        assertThat(spec.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(spec.months()).isEqualTo(24);
        assertThat(spec.usageEventsPerAccount()).isEqualTo(100);
    }

    @Test
    void shortConstructorUsesDefaultUsageRate() {
        DemoSpec spec = new DemoSpec(10, 7L, LocalDate.of(2023, 6, 30), 12);

        assertThat(spec.usageEventsPerAccount()).isEqualTo(DemoSpec.DEFAULT_USAGE_EVENTS_PER_ACCOUNT);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-12-31, 24, 2023-01-01",
        "2024-06-15, 3, 2024-04-01",
        "2024-03-01, 12, 2023-04-01"
    })
    void historyStartsOnFirstDayOfFirstMonth(LocalDate asOf, int months, LocalDate expected) {
        DemoSpec spec = new DemoSpec(1, 1L, asOf, months);

        assertThat(spec.historyStart()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 24, 100, 'accounts must be from 1 to 10000000, got 0'",
        "10000001, 24, 100, 'accounts must be from 1 to 10000000, got 10000001'",
        "10, 2, 100, 'months must be from 3 to 120, got 2'",
        "10, 121, 100, 'months must be from 3 to 120, got 121'",
        "10, 24, -1, 'usageEventsPerAccount must be from 0 to 100000, got -1'"
    })
    void rejectsOutOfRangeValues(int accounts, int months, int usageRate, String message) {
        assertThatThrownBy(() -> new DemoSpec(accounts, 42L, DemoSpec.DEFAULT_AS_OF, months, usageRate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsMissingAsOf() {
        assertThatThrownBy(() -> new DemoSpec(10, 42L, null, 24))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf is null");
    }
}
