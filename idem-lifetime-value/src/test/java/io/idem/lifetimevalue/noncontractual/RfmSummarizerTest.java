package io.idem.lifetimevalue.noncontractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.lifetimevalue.TestData;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfmSummarizerTest {

    @Test
    void cdnowSummaryMatchesPublishedCounts() throws Exception {
        // The BG/NBD paper's calibration data: 2,357 customers, 946 of them repeat, 2,457 repeat purchases.
        RfmSummary summary = CdnowFixture.summary();

        assertThat(summary.customers()).hasSize(2357);
        assertThat(summary.repeatCustomers()).hasSize(946);
        assertThat(summary.totalRepeatPurchases()).isEqualTo(2457);
        assertThat(summary.firstTransaction()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(summary.customersAfterCalibration()).isZero();
    }

    @Test
    void defaultCalibrationEndIsLastDayOfWeek39() {
        assertThat(RfmSummarizer.defaultCalibrationEnd(LocalDate.of(1997, 1, 1))).isEqualTo(LocalDate.of(1997, 9, 30));
    }

    @ParameterizedTest(name = "customer {0}")
    @CsvSource({
        // 00004: first 1997-01-01; repeats 01-18 ($29.73) and 08-02 ($14.96) in calibration, 12-12 after it.
        // t_x = 213 days, T = 272 days, mean = (29.73 + 14.96) / 2.
        "00004, 2, 213, 272, 22.345",
        // 00198: a single purchase on 1997-01-01.
        "00198, 0, 0, 272, 0.0",
        // 00314: first 1997-01-02; two purchases on 01-13 ($166.89 + $60.25) merge into one repeat.
        "00314, 1, 11, 271, 227.14",
        // 01108: first 1997-01-05 (two purchases, one occasion); ten repeat days up to 09-10, with 08-24 merged
        // ($11.77 + $12.25); their values sum to $136.57.
        "01108, 10, 248, 268, 13.657"
    })
    void handComputedCustomersMatch(String customerId, int frequency, int recencyDays, int ageDays, double mean)
            throws Exception {
        CustomerSummary customer = CdnowFixture.customer(CdnowFixture.summary(), customerId);

        assertThat(customer.frequency()).isEqualTo(frequency);
        assertThat(customer.recency()).isCloseTo(recencyDays / 7.0, within(1e-12));
        assertThat(customer.age()).isCloseTo(ageDays / 7.0, within(1e-12));
        assertThat(customer.meanRepeatValue()).isCloseTo(mean, within(1e-9));
    }

    @ParameterizedTest(name = "customer {0}")
    @CsvSource({"00004", "00111", "00314", "00564", "00773", "01108", "00198"})
    void summaryMatchesIndependentPassOverRawLines(String customerId) throws Exception {
        // Recomputes the summary from the raw text with its own parsing: split on spaces, keep this customer's
        // lines, sum amounts per yyyymmdd string, and count days after the first one up to 19970930.
        Map<String, Double> amountByDay = new TreeMap<>();
        for (String line : Files.readAllLines(TestData.cdnowSample())) {
            String[] fields = line.trim().split(" +");
            if (fields[0].equals(customerId)) {
                amountByDay.merge(fields[2], Double.parseDouble(fields[4]), Double::sum);
            }
        }
        List<String> days = new ArrayList<>(amountByDay.keySet());
        String firstDay = days.get(0);
        List<String> repeatDays = days.stream().skip(1).filter(day -> day.compareTo("19970930") <= 0).toList();
        double repeatTotal = repeatDays.stream().mapToDouble(amountByDay::get).sum();

        CustomerSummary customer = CdnowFixture.customer(CdnowFixture.summary(), customerId);

        assertThat(customer.frequency()).isEqualTo(repeatDays.size());
        assertThat(customer.age()).isCloseTo(daysBetween(firstDay, "19970930") / 7.0, within(1e-12));
        if (repeatDays.isEmpty()) {
            assertThat(customer.recency()).isZero();
        } else {
            String lastDay = repeatDays.get(repeatDays.size() - 1);
            assertThat(customer.recency()).isCloseTo(daysBetween(firstDay, lastDay) / 7.0, within(1e-12));
            assertThat(customer.meanRepeatValue()).isCloseTo(repeatTotal / repeatDays.size(), within(1e-9));
        }
    }

    private static long daysBetween(String from, String to) {
        return ChronoUnit.DAYS.between(basicDate(from), basicDate(to));
    }

    private static LocalDate basicDate(String yyyymmdd) {
        return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                Integer.parseInt(yyyymmdd.substring(6)));
    }

    @Test
    void includesPurchasesOnCalibrationEnd() {
        List<Transaction> transactions = List.of(
                new Transaction("a", LocalDate.of(2024, 1, 1), 10.0),
                new Transaction("a", LocalDate.of(2024, 1, 15), 20.0),
                new Transaction("a", LocalDate.of(2024, 1, 16), 40.0));

        CustomerSummary customer = RfmSummarizer.summarize(transactions, LocalDate.of(2024, 1, 15)).customers().get(0);

        assertThat(customer.frequency()).isEqualTo(1);
        assertThat(customer.recency()).isEqualTo(2.0);
        assertThat(customer.age()).isEqualTo(2.0);
        assertThat(customer.meanRepeatValue()).isEqualTo(20.0);
    }

    @Test
    void leavesOutCustomersWhoStartAfterCalibration() {
        List<Transaction> transactions = List.of(
                new Transaction("early", LocalDate.of(2024, 1, 1), 10.0),
                new Transaction("late", LocalDate.of(2024, 3, 1), 10.0));

        RfmSummary summary = RfmSummarizer.summarize(transactions, LocalDate.of(2024, 2, 1));

        assertThat(summary.customers()).extracting(CustomerSummary::customerId).containsExactly("early");
        assertThat(summary.customersAfterCalibration()).isEqualTo(1);
    }

    @Test
    void rejectsCalibrationEndBeforeFirstTransaction() {
        List<Transaction> transactions = List.of(new Transaction("a", LocalDate.of(2024, 1, 1), 10.0));

        assertThatThrownBy(() -> RfmSummarizer.summarize(transactions, LocalDate.of(2023, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023-12-31")
                .hasMessageContaining("2024-01-01");
    }
}
