package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made accounts, one per movement kind and activity edge case, with month-end MRR worked out by hand. */
class AccountMovementsTest {

    private static final LocalDate JUNE_END = LocalDate.of(2024, 6, 30);

    @TempDir
    Path temp;

    @Test
    void firstPaymentIsNewFromZeroBaseline() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-10", null, "100");

            Map<String, List<String>> histories = data.histories(JUNE_END);

            assertThat(histories.get("A")).containsExactly("2024-01 100.00 new", "2024-02 100.00 -", "2024-03 100.00 -",
                    "2024-04 100.00 -", "2024-05 100.00 -", "2024-06 100.00 -");
        }
    }

    @Test
    void returnAfterChurnIsReactivation() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-05", "2024-02-10", "100")
                    .subscription("A", "2024-04-01", null, "150");

            Map<String, List<String>> histories = data.histories(JUNE_END);

            assertThat(histories.get("A")).containsExactly("2024-01 100.00 new", "2024-02 0.00 churn", "2024-03 0.00 -",
                    "2024-04 150.00 reactivation", "2024-05 150.00 -", "2024-06 150.00 -");
        }
    }

    @Test
    void addedAndRemovedSubscriptionIsExpansionThenContraction() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", null, "100")
                    .subscription("A", "2024-02-15", "2024-04-03", "50.25");

            Map<String, List<String>> histories = data.histories(JUNE_END);

            assertThat(histories.get("A")).containsExactly("2024-01 100.00 new", "2024-02 150.25 expansion",
                    "2024-03 150.25 -", "2024-04 100.00 contraction", "2024-05 100.00 -", "2024-06 100.00 -");
        }
    }

    @Test
    void endedSubscriptionIsChurn() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-03-15", "80");

            RevenueResult result = data.calculator().calculate(JUNE_END);

            MonthlyMovements march = result.monthly().get(2);
            assertThat(march.month()).isEqualTo(YearMonth.of(2024, 3));
            assertThat(march.churn()).isEqualByComparingTo("80");
            assertThat(march.mrr()).isEqualByComparingTo("0");
            assertThat(data.histories(JUNE_END).get("A")).containsSubsequence("2024-02 80.00 -", "2024-03 0.00 churn");
        }
    }

    @Test
    void endOnLastDayIsInactive() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-01-31", "100")
                    .subscription("B", "2024-01-15", "2024-02-29", "70");

            Map<String, List<String>> histories = data.histories(JUNE_END);

            assertThat(histories.get("A")).allMatch(month -> month.endsWith(" 0.00 -"));
            assertThat(histories.get("B")).startsWith("2024-01 70.00 new", "2024-02 0.00 churn", "2024-03 0.00 -");
        }
    }

    @Test
    void overlappingSubscriptionsAddUp() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-05-01", "100")
                    .subscription("A", "2024-03-01", null, "60");

            Map<String, List<String>> histories = data.histories(JUNE_END);

            assertThat(histories.get("A")).containsExactly("2024-01 100.00 new", "2024-02 100.00 -",
                    "2024-03 160.00 expansion", "2024-04 160.00 -", "2024-05 60.00 contraction", "2024-06 60.00 -");
        }
    }

    @Test
    void asOfBeforeMonthEndIsFinalSnapshot() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-03-10", null, "70")
                    .subscription("B", "2024-01-01", "2024-03-20", "90")
                    .subscription("C", "2024-01-01", "2024-03-15", "40")
                    .subscription("D", "2024-03-16", null, "500");
            LocalDate asOf = LocalDate.of(2024, 3, 15);

            Map<String, List<String>> histories = data.histories(asOf);
            RevenueResult result = data.calculator().calculate(asOf);

            assertThat(histories.get("A")).containsExactly("2024-01 0.00 -", "2024-02 0.00 -", "2024-03 70.00 new");
            assertThat(histories.get("B")).containsExactly("2024-01 90.00 new", "2024-02 90.00 -", "2024-03 90.00 -");
            assertThat(histories.get("C")).containsExactly("2024-01 40.00 new", "2024-02 40.00 -", "2024-03 0.00 churn");
            assertThat(histories).doesNotContainKey("D");
            assertThat(result.summary().mrr()).isEqualByComparingTo("160");
            assertThat(result.summary().arr()).isEqualByComparingTo("1920");
        }
    }

    @Test
    void monthlyTotalsReconcileMrr() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-05", "2024-02-10", "100")
                    .subscription("A", "2024-04-01", null, "150")
                    .subscription("B", "2024-01-01", null, "100.1234")
                    .subscription("B", "2024-02-15", "2024-04-03", "50")
                    .subscription("C", "2024-03-01", "2024-06-01", "20")
                    .subscription("C", "2024-05-01", null, "35");

            List<MonthlyMovements> monthly = data.calculator().calculate(JUNE_END).monthly();

            BigDecimal previous = BigDecimal.ZERO;
            for (MonthlyMovements month : monthly) {
                BigDecimal rebuilt = previous.add(month.newMrr()).add(month.expansion()).add(month.reactivation())
                        .subtract(month.contraction()).subtract(month.churn());
                assertThat(month.mrr()).as(month.month().toString()).isEqualByComparingTo(rebuilt);
                previous = month.mrr();
            }
            assertThat(monthly.get(5).mrr()).isEqualByComparingTo("285.1234");
            assertThat(monthly.get(3).reactivation()).isEqualByComparingTo("150");
        }
    }
}
