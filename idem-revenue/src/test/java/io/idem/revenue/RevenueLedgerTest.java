package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made accounts whose ledger entries and month-end movements are worked out by hand. */
class RevenueLedgerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path temp;

    @Test
    void entriesFallOnChangeDays() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-10", "2024-04-05", "100")
                    .subscription("A", "2024-02-15", "2024-02-20", "50");

            Histories histories = histories(data.calculator());

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-10 new 100.00 100.00",
                    "2024-02-15 expansion 50.00 150.00", "2024-02-20 contraction 50.00 100.00", "2024-04-05 churn 100.00 0.00");
            assertThat(histories.months.get("A")).as("month ends never see the February upgrade")
                    .containsExactly("new", "-", "-", "churn", "-", "-");
        }
    }

    @Test
    void sameDayReplacementNetsOut() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-03-01", "100").subscription("A", "2024-03-01", null, "100")
                    .subscription("B", "2024-01-01", "2024-03-01", "100").subscription("B", "2024-03-01", null, "120");

            Histories histories = histories(data.calculator());

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-01 new 100.00 100.00");
            assertThat(histories.ledger.get("B")).containsExactly("2024-01-01 new 100.00 100.00",
                    "2024-03-01 expansion 20.00 120.00");
        }
    }

    @Test
    void laterAndEmptyChangesLeftOut() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-08-01", "100")
                    .subscription("A", "2024-02-01", "2024-02-01", "70")
                    .subscription("A", "2024-03-01", "2024-02-01", "30")
                    .subscription("B", "2024-07-01", null, "10");

            Histories histories = histories(data.calculator());

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-01 new 100.00 100.00");
            assertThat(histories.ledger).doesNotContainKey("B");
        }
    }

    @Test
    void returnWithoutWindowIsReactivation() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-02-01", "100").subscription("A", "2024-05-01", null, "80");

            Histories histories = histories(data.calculator());

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-01 new 100.00 100.00",
                    "2024-02-01 churn 100.00 0.00", "2024-05-01 reactivation 80.00 80.00");
            assertThat(histories.months.get("A")).containsExactly("new", "churn", "-", "-", "reactivation", "-");
        }
    }

    @Test
    void windowSplitsReactivationFromNew() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-02-01", "100").subscription("A", "2024-03-02", null, "100")
                    .subscription("B", "2024-01-01", "2024-02-01", "100").subscription("B", "2024-03-03", null, "100");
            RevenueSettings settings = RevenueSettings.of(data.workspace).withReactivationWindowDays(30);

            Histories histories = histories(data.calculator(settings));

            assertThat(histories.ledger.get("A")).as("back after 30 days").endsWith("2024-03-02 reactivation 100.00 100.00");
            assertThat(histories.ledger.get("B")).as("back after 31 days").endsWith("2024-03-03 new 100.00 100.00");
            assertThat(histories.months.get("A")).containsExactly("new", "churn", "reactivation", "-", "-", "-");
            assertThat(histories.months.get("B")).containsExactly("new", "churn", "new", "-", "-", "-");
        }
    }

    @Test
    void windowOfZeroDaysMakesEveryReturnNew() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", "2024-02-01", "100").subscription("A", "2024-02-02", null, "100");
            RevenueSettings settings = RevenueSettings.of(data.workspace).withReactivationWindowDays(0);

            Histories histories = histories(data.calculator(settings));

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-01 new 100.00 100.00",
                    "2024-02-01 churn 100.00 0.00", "2024-02-02 new 100.00 100.00");
            assertThat(histories.months.get("A")).as("month ends never see the one-day gap")
                    .containsExactly("new", "-", "-", "-", "-", "-");
        }
    }

    @Test
    void windowMeasuresFromLatestChurn() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            // Churn on 1 Feb, a short return from 10 to 20 March (38 days after churning), then back
            // on 1 April, 12 days after the second churn.
            data.subscription("A", "2024-01-01", "2024-02-01", "100")
                    .subscription("A", "2024-03-10", "2024-03-20", "100")
                    .subscription("A", "2024-04-01", null, "60");
            RevenueSettings settings = RevenueSettings.of(data.workspace).withReactivationWindowDays(15);

            Histories histories = histories(data.calculator(settings));

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-01 new 100.00 100.00",
                    "2024-02-01 churn 100.00 0.00", "2024-03-10 new 100.00 100.00", "2024-03-20 churn 100.00 0.00",
                    "2024-04-01 reactivation 60.00 60.00");
            assertThat(histories.months.get("A")).containsExactly("new", "churn", "-", "reactivation", "-", "-");
        }
    }

    @Test
    void monthEndsIgnorePaymentsBetweenSnapshots() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-05", "2024-01-20", "100").subscription("A", "2024-03-10", null, "90");

            Histories histories = histories(data.calculator());

            assertThat(histories.ledger.get("A")).containsExactly("2024-01-05 new 100.00 100.00",
                    "2024-01-20 churn 100.00 0.00", "2024-03-10 reactivation 90.00 90.00");
            assertThat(histories.months.get("A")).as("no month end saw the January payment")
                    .containsExactly("-", "-", "new", "-", "-", "-");
        }
    }

    /** Each account's ledger as "date movement amount mrr_after" and month-end movements ("-" for none). */
    private record Histories(Map<String, List<String>> ledger, Map<String, List<String>> months) {
    }

    private static Histories histories(RevenueCalculator calculator) {
        Map<String, List<String>> ledger = new LinkedHashMap<>();
        Map<String, List<String>> months = new LinkedHashMap<>();
        calculator.analyse(AS_OF, MetricWindow.trailingTwelveMonths(AS_OF), account -> {
            AccountLedger entries = account.ledger();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                lines.add(entries.date(i) + " " + entries.movement(i).outputName() + " " + Money.cents(entries.amount(i))
                        + " " + Money.cents(entries.mrrAfter(i)));
            }
            if (!lines.isEmpty()) {
                ledger.put(account.accountId(), lines);
            }
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < account.months().size(); i++) {
                kinds.add(account.movement(i) == null ? "-" : account.movement(i).outputName());
            }
            months.put(account.accountId(), kinds);
        });
        return new Histories(ledger, months);
    }
}
