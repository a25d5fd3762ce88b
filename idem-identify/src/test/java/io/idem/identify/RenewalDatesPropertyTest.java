package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The next renewal is checked by its defining properties rather than by replaying the product's
 * arithmetic: it lies a whole number of periods after the start month, on the start's day of month
 * or the month's last day when shorter, strictly after the date, and the renewal one period earlier
 * is not after the date.
 */
class RenewalDatesPropertyTest {

    @Property
    void nextRenewalIsFirstAnniversaryAfterDate(@ForAll @IntRange(min = 2000, max = 2030) int year,
                                                      @ForAll @IntRange(min = 1, max = 12) int month,
                                                      @ForAll @IntRange(min = 1, max = 31) int day,
                                                      @ForAll @IntRange(min = 0, max = 4000) int daysLater,
                                                      @ForAll("periods") int months) {
        LocalDate start = YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        LocalDate date = start.plusDays(daysLater);

        LocalDate renewal = RenewalDates.nextRenewal(start, months, date);

        long monthsFromStart = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(renewal));
        assertThat(renewal).isAfter(date);
        assertThat(monthsFromStart).isPositive();
        assertThat(monthsFromStart % months).isZero();
        assertThat(renewal.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), YearMonth.from(renewal).lengthOfMonth()));
        YearMonth earlierMonth = YearMonth.from(renewal).minusMonths(months);
        LocalDate earlier = earlierMonth.atDay(Math.min(start.getDayOfMonth(), earlierMonth.lengthOfMonth()));
        assertThat(earlier).isBeforeOrEqualTo(date);
    }

    @Provide
    Arbitrary<Integer> periods() {
        return Arbitraries.of(1, 3, 12);
    }
}
