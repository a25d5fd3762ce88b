package io.idem.lifetimevalue.contractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.LifetimeValueModel;
import org.junit.jupiter.api.Test;

class SurvivorCountsTest {

    @Test
    void derivesLostCustomersPerPeriod() {
        SurvivorCounts counts = SurvivorCounts.of(1000, 631, 468, 382);

        assertThat(counts.periods()).isEqualTo(3);
        assertThat(counts.cohortSize()).isEqualTo(1000);
        assertThat(counts.lost(1)).isEqualTo(369);
        assertThat(counts.lost(2)).isEqualTo(163);
        assertThat(counts.lost(3)).isEqualTo(86);
        assertThat(counts.survivors(3)).isEqualTo(382);
    }

    @Test
    void keepsFirstPeriods() {
        SurvivorCounts counts = SurvivorCounts.of(1000, 631, 468, 382, 326);

        assertThat(counts.firstPeriods(2)).isEqualTo(SurvivorCounts.of(1000, 631, 468));
        assertThatThrownBy(() -> counts.firstPeriods(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counts.firstPeriods(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsCohortThatEmptiesCompletely() {
        SurvivorCounts counts = SurvivorCounts.of(10, 4, 0);

        assertThat(counts.lost(2)).isEqualTo(4);
    }

    @Test
    void rejectsIncreasingCount() {
        assertThatThrownBy(() -> SurvivorCounts.of(1000, 631, 700, 382))
                .isInstanceOfSatisfying(InvalidSurvivorCountsException.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.value()).isEqualTo(700);
                    assertThat(e.failure()).isEqualTo(FitFailure.INVALID_DATA);
                    assertThat(e.model()).isEqualTo(LifetimeValueModel.SBG);
                })
                .hasMessageContaining("sBG")
                .hasMessageContaining("700")
                .hasMessageContaining("631");
    }

    @Test
    void rejectsNegativeCount() {
        assertThatThrownBy(() -> SurvivorCounts.of(1000, 631, -1))
                .isInstanceOfSatisfying(InvalidSurvivorCountsException.class, e -> assertThat(e.index()).isEqualTo(2))
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsNonPositiveCohortSize() {
        assertThatThrownBy(() -> SurvivorCounts.of(0, 0, 0))
                .isInstanceOfSatisfying(InvalidSurvivorCountsException.class, e -> assertThat(e.index()).isZero())
                .hasMessageContaining("cohort size 0");
    }

    @Test
    void rejectsSinglePeriod() {
        assertThatThrownBy(() -> SurvivorCounts.of(1000, 631))
                .isInstanceOfSatisfying(InvalidSurvivorCountsException.class,
                        e -> assertThat(e.failure()).isEqualTo(FitFailure.TOO_FEW_OBSERVATIONS))
                .hasMessageContaining("got 2 survivor counts");
    }

    @Test
    void rejectsCohortWithoutChurn() {
        assertThatThrownBy(() -> SurvivorCounts.of(500, 500, 500))
                .isInstanceOf(InvalidSurvivorCountsException.class)
                .hasMessageContaining("no customer was lost");
    }
}
