package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made signup cohorts up to 30 April 2024. January: A pays 100 from the 10th, B 50 from the
 * 20th until 15 March. February: C pays 200 from the 5th and 100 more from the 10th. D only ever
 * has a free subscription, so it signs up in no cohort.
 */
class CohortTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 30);

    @TempDir
    Path temp;

    @Test
    void cohortRowsByHand() throws Exception {
        try (HandmadeStore data = fourAccounts(HandmadeStore.open(temp))) {

            List<CohortRow> cohorts = data.calculator().analyse(AS_OF).cohorts();

            assertThat(cohorts).extracting(CohortRow::cohort).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
            CohortRow january = cohorts.get(0);
            assertThat(january.accounts()).isEqualTo(2);
            assertThat(january.startMrr()).isEqualByComparingTo("150");
            assertThat(january.activeAccounts()).containsExactly(2L, 2L, 1L, 1L);
            assertThat(january.logoRetention(2)).isEqualTo(0.5);
            assertThat(january.revenueRetention(2)).isCloseTo(100.0 / 150.0, within(1e-15));
            CohortRow february = cohorts.get(1);
            assertThat(february.startMrr()).as("MRR on the first paying day only").isEqualByComparingTo("200");
            assertThat(february.monthsObserved()).isEqualTo(3);
            assertThat(february.revenueRetention(0)).isEqualTo(1.5);
        }
    }

    @Test
    void cohortFilesByHand() throws Exception {
        try (HandmadeStore data = fourAccounts(HandmadeStore.open(temp))) {
            Path out = temp.resolve("out");

            RevenueOutputs.writeAll(data.calculator(), AS_OF, MetricWindow.trailingTwelveMonths(AS_OF), out);

            assertThat(Files.readAllLines(out.resolve(CohortCsvWriter.LOGO_FILE))).containsExactly(
                    "cohort,accounts,month_0,month_1,month_2,month_3",
                    "2024-01,2,1.000000,1.000000,0.500000,0.500000",
                    "2024-02,1,1.000000,1.000000,1.000000,");
            assertThat(Files.readAllLines(out.resolve(CohortCsvWriter.REVENUE_FILE))).containsExactly(
                    "cohort,start_mrr,month_0,month_1,month_2,month_3",
                    "2024-01,150.00,1.000000,1.000000,0.666667,0.666667",
                    "2024-02,200.00,1.500000,1.500000,1.500000,");
            assertThat(Files.readAllLines(out.resolve(LedgerCsvWriter.FILE))).containsExactly(
                    "date,account_id,movement,amount,mrr_after",
                    "2024-01-10,A,new,100.00,100.00",
                    "2024-01-20,B,new,50.00,50.00",
                    "2024-03-15,B,churn,50.00,0.00",
                    "2024-02-05,C,new,200.00,200.00",
                    "2024-02-10,C,expansion,100.00,300.00");
        }
    }

    private static HandmadeStore fourAccounts(HandmadeStore data) {
        return data.subscription("A", "2024-01-10", null, "100")
                .subscription("B", "2024-01-20", "2024-03-15", "50")
                .subscription("C", "2024-02-05", null, "200")
                .subscription("C", "2024-02-10", null, "100")
                .subscription("D", "2024-01-01", null, "0");
    }
}
