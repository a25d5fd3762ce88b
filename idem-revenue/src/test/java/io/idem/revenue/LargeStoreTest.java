package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated accounts over 36 months: the calculation's month totals and retention match a
 * direct scan of the generated subscriptions, and the ledger's running balance equals the
 * month-end MRR at every snapshot day.
 */
class LargeStoreTest {

    private static final int ACCOUNTS = 100_000;
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    @TempDir
    Path temp;

    private record Generated(String account, LocalDate start, LocalDate end, long cents) {
        boolean activeOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    @Test
    void hundredThousandAccountsMatchDirectScan() throws Exception {
        List<Generated> generated = generate(new Random(20241231));
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            for (Generated g : generated) {
                data.subscription(g.account(), g.start().toString(), g.end() == null ? null : g.end().toString(),
                        BigDecimal.valueOf(g.cents(), 2).toPlainString());
            }

            RevenueResult result = data.calculator().calculate(AS_OF);

            assertThat(result.months().size()).isEqualTo(36);
            assertThat(result.accounts()).isEqualTo(ACCOUNTS);
            for (int i = 0; i < 36; i++) {
                LocalDate day = result.months().snapshot(i);
                long expected = generated.stream().filter(g -> g.activeOn(day)).mapToLong(Generated::cents).sum();
                assertThat(result.monthly().get(i).mrr()).as("MRR at %s", day).isEqualByComparingTo(BigDecimal.valueOf(expected, 2));
            }
            assertRetentionMatches(generated, result.summary());
            assertLedgerBalancesMatch(data, result);
        }
    }

    /** Sums the signed ledger amounts dated on or before each snapshot day, with a reactivation window so that both kinds of return occur. */
    private static void assertLedgerBalancesMatch(HandmadeStore data, RevenueResult monthly) {
        RevenueSettings settings = RevenueSettings.of(data.workspace).withReactivationWindowDays(60);
        long[] signedByMonth = new long[monthly.months().size()];
        long[] returns = new long[2];

        data.calculator(settings).analyse(AS_OF, MetricWindow.trailingTwelveMonths(AS_OF), account -> {
            AccountLedger ledger = account.ledger();
            for (int i = 0; i < ledger.size(); i++) {
                int month = firstSnapshotOnOrAfter(monthly.months(), ledger.date(i));
                long amount = ledger.amountUnits(i);
                Movement movement = ledger.movement(i);
                signedByMonth[month] += movement == Movement.CONTRACTION || movement == Movement.CHURN ? -amount : amount;
                if (movement == Movement.REACTIVATION) {
                    returns[0]++;
                }
                if (movement == Movement.NEW && i > 0) {
                    returns[1]++;
                }
            }
        });

        long balance = 0;
        for (int i = 0; i < signedByMonth.length; i++) {
            balance += signedByMonth[i];
            assertThat(BigDecimal.valueOf(balance, Money.SCALE)).as("ledger balance on %s", monthly.months().snapshot(i))
                    .isEqualByComparingTo(monthly.monthly().get(i).mrr());
        }
        assertThat(returns[0]).as("returns within 60 days").isPositive();
        assertThat(returns[1]).as("returns after more than 60 days").isPositive();
    }

    private static int firstSnapshotOnOrAfter(MonthRange months, LocalDate day) {
        int index = months.indexOf(YearMonth.from(day));
        return day.isAfter(months.snapshot(index)) ? index + 1 : index;
    }

    private static void assertRetentionMatches(List<Generated> generated, RevenueSummary summary) {
        LocalDate yearBefore = YearMonth.from(AS_OF).minusMonths(12).atEndOfMonth();
        Map<String, long[]> byAccount = new HashMap<>();
        for (Generated g : generated) {
            long[] mrr = byAccount.computeIfAbsent(g.account(), a -> new long[2]);
            mrr[0] += g.activeOn(yearBefore) ? g.cents() : 0;
            mrr[1] += g.activeOn(AS_OF) ? g.cents() : 0;
        }
        long start = 0;
        long end = 0;
        long capped = 0;
        for (long[] mrr : byAccount.values()) {
            if (mrr[0] > 0) {
                start += mrr[0];
                end += mrr[1];
                capped += Math.min(mrr[0], mrr[1]);
            }
        }
        double nrr = BigDecimal.valueOf(end).divide(BigDecimal.valueOf(start), MathContext.DECIMAL128).doubleValue();
        double grr = BigDecimal.valueOf(capped).divide(BigDecimal.valueOf(start), MathContext.DECIMAL128).doubleValue();
        assertThat(summary.nrr().value()).isCloseTo(nrr, within(1e-9));
        assertThat(summary.grr().value()).isCloseTo(grr, within(1e-9));
    }

    /** Generates one to four subscriptions per account, starting in 2022 to 2024, a third of them ended, MRR in cents. */
    private static List<Generated> generate(Random random) {
        List<Generated> generated = new ArrayList<>();
        int days = (int) (AS_OF.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        for (int a = 0; a < ACCOUNTS; a++) {
            String account = "acct-" + a;
            int subscriptions = 1 + random.nextInt(4);
            for (int s = 0; s < subscriptions; s++) {
                LocalDate start = FIRST_DAY.plusDays(random.nextInt(days));
                LocalDate end = random.nextInt(3) == 0 ? start.plusDays(1 + random.nextInt(400)) : null;
                generated.add(new Generated(account, start, end, 1_000 + random.nextInt(500_000)));
            }
        }
        return generated;
    }
}
