package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of one account's ledger on random subscriptions: its balance on every month's snapshot
 * day equals the month-end MRR computed separately, and its entries match MRR recomputed by brute
 * force on every start and end date.
 */
class LedgerPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @Property(tries = 300)
    void balanceOnSnapshotDaysEqualsMonthEndMrr(@ForAll("subscriptions") List<SubscriptionRow> subscriptions,
                                                @ForAll @IntRange(min = -1, max = 120) int window) {
        MonthRange months = MonthRange.between(FIRST_DAY, AS_OF);
        AccountRevenue account = new AccountRevenue(months, window < 0 ? null : window);

        account.load("A", subscriptions);

        for (int i = 0; i < months.size(); i++) {
            assertThat(account.ledger().mrrUnitsOn(months.snapshot(i).toEpochDay())).as("MRR on %s", months.snapshot(i))
                    .isEqualTo(account.mrrUnits(i));
        }
    }

    @Property(tries = 300)
    void entriesMatchBruteForce(@ForAll("subscriptions") List<SubscriptionRow> subscriptions,
                                @ForAll @IntRange(min = -1, max = 120) int window) {
        AccountLedger ledger = new AccountLedger(window < 0 ? null : window);

        ledger.load("A", subscriptions, AS_OF.toEpochDay());

        assertThat(entries(ledger)).isEqualTo(bruteForce(subscriptions, window < 0 ? null : window));
    }

    @Property(tries = 2000)
    void appendedCentsEqualBigDecimalRounding(@ForAll long units) {
        StringBuilder out = new StringBuilder("x");

        Money.appendCents(out, units == Long.MIN_VALUE ? 0 : units);

        assertThat(out.toString()).isEqualTo("x" + Money.centsText(units == Long.MIN_VALUE ? 0 : units));
    }

    @Property(tries = 500)
    void appendedCentsEqualRoundingNearHalves(@ForAll @IntRange(min = -100_000, max = 100_000) int cents,
                                              @ForAll @IntRange(min = 45, max = 55) int rest) {
        long units = cents * 100L + (cents < 0 ? -rest : rest);
        StringBuilder out = new StringBuilder();

        Money.appendCents(out, units);

        assertThat(out.toString()).isEqualTo(Money.centsText(units));
    }

    @Provide
    Arbitrary<List<SubscriptionRow>> subscriptions() {
        int days = (int) (AS_OF.toEpochDay() - FIRST_DAY.toEpochDay()) + 60;
        Arbitrary<SubscriptionRow> row = Combinators.combine(
                Arbitraries.integers().between(0, days),
                Arbitraries.integers().between(-10, 500),
                Arbitraries.integers().between(0, 4).map(i -> new long[] {0, 10_000, 25_000, 50_000, 1_234_567}[i])
        ).as((start, length, mrr) -> {
            LocalDate startDate = FIRST_DAY.plusDays(start);
            LocalDate end = length > 450 ? null : startDate.plusDays(length);
            return new SubscriptionRow("A", startDate, end, mrr, 2);
        });
        return row.list().ofMinSize(1).ofMaxSize(8)
                .map(rows -> rows.stream().filter(r -> !r.startDate().isAfter(AS_OF)).toList())
                .filter(rows -> !rows.isEmpty());
    }

    private static List<String> entries(AccountLedger ledger) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            lines.add(ledger.date(i) + " " + ledger.movement(i) + " " + ledger.amountUnits(i) + " " + ledger.mrrAfterUnits(i));
        }
        return lines;
    }

    /** Recomputes MRR on every start and end date on or before the as-of date by scanning all subscriptions. */
    private static List<String> bruteForce(List<SubscriptionRow> subscriptions, Integer window) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (SubscriptionRow s : subscriptions) {
            days.add(s.startDate());
            if (s.endDate() != null && !s.endDate().isAfter(AS_OF)) {
                days.add(s.endDate());
            }
        }
        List<String> lines = new ArrayList<>();
        long previous = 0;
        boolean paid = false;
        LocalDate churned = null;
        for (LocalDate day : days) {
            long mrr = 0;
            for (SubscriptionRow s : subscriptions) {
                if (!s.startDate().isAfter(day) && (s.endDate() == null || s.endDate().isAfter(day))) {
                    mrr += s.mrrUnits();
                }
            }
            if (mrr == previous) {
                continue;
            }
            Movement movement;
            if (previous == 0) {
                movement = paid && (window == null || !churned.plusDays(window).isBefore(day)) ? Movement.REACTIVATION : Movement.NEW;
            } else if (mrr == 0) {
                movement = Movement.CHURN;
                churned = day;
            } else {
                movement = mrr > previous ? Movement.EXPANSION : Movement.CONTRACTION;
            }
            lines.add(day + " " + movement + " " + Math.abs(mrr - previous) + " " + mrr);
            paid |= mrr > 0;
            previous = mrr;
        }
        return lines;
    }
}
