package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four hand-made accounts over the window (2023-12-31, 2024-12-31] and its previous period
 * (2022-12-31, 2023-12-31], with every compared value worked out by hand:
 *
 * <pre>
 *   A  Pro    owner X  100 since 2022-06-01, +50 from 2023-07-01, +25 from 2024-03-01
 *                      previous: start 100, end 150, expansion 50   current: start 150, end 175, expansion 25
 *   B  Pro    owner Y  200 from 2022-01-01 to 2023-09-01
 *                      previous: start 200, end 0, churn 200        current: nothing
 *   C  Basic  owner Y  80 from 2022-03-01, 60 instead from 2024-05-01
 *                      previous: start 80, end 80                   current: start 80, end 60, contraction 20
 *   D  Basic  owner X  40 from 2023-02-01 to 2024-08-01
 *                      previous: start 0, end 40, new 40            current: start 40, end 0, churn 40
 * </pre>
 */
class InternalBenchmarksTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final MetricWindow YEAR = new MetricWindow(LocalDate.of(2023, 12, 31), AS_OF);
    private static final double EXACT = 1e-15;

    @TempDir
    Path temp;

    @Test
    void previousWindowShiftsWholeMonths() {
        assertThat(InternalBenchmarks.previousWindow(YEAR))
                .isEqualTo(new MetricWindow(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31)));
        assertThat(InternalBenchmarks.previousWindow(new MetricWindow(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 4, 30))))
                .isEqualTo(new MetricWindow(LocalDate.of(2023, 10, 31), LocalDate.of(2024, 1, 31)));
    }

    @Test
    void previousWindowShiftsDaysOtherwise() {
        MetricWindow tenDays = new MetricWindow(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 15));

        assertThat(InternalBenchmarks.previousWindow(tenDays))
                .isEqualTo(new MetricWindow(LocalDate.of(2024, 2, 24), LocalDate.of(2024, 3, 5)));
    }

    @Test
    void bookComparedWithPreviousPeriodByHand() throws Exception {
        try (WideStore data = fourAccounts(WideStore.open(temp))) {

            List<InternalBenchmark> rows = compare(data);

            InternalBenchmark nrr = row(rows, RevenueMetric.NRR, SliceMetrics.ALL, null);
            assertThat(nrr.value().doubleValue()).isCloseTo(235.0 / 270.0, within(EXACT));
            assertThat(nrr.previousPeriod().doubleValue()).isCloseTo(230.0 / 380.0, within(EXACT));
            assertThat(nrr.gapToPrevious().doubleValue()).isCloseTo(235.0 / 270.0 - 230.0 / 380.0, within(EXACT));
            assertThat(nrr.teamAverage()).isNull();
            assertThat(nrr.peerValue()).isNull();
            InternalBenchmark grr = row(rows, RevenueMetric.GRR, SliceMetrics.ALL, null);
            assertThat(grr.value().doubleValue()).isCloseTo(210.0 / 270.0, within(EXACT));
            assertThat(grr.previousPeriod().doubleValue()).isCloseTo(180.0 / 380.0, within(EXACT));
            InternalBenchmark share = row(rows, RevenueMetric.EXPANSION_SHARE, SliceMetrics.ALL, null);
            assertThat(share.value().doubleValue()).isCloseTo(1.0, within(EXACT));
            assertThat(share.previousPeriod().doubleValue()).isCloseTo(50.0 / 90.0, within(EXACT));
            InternalBenchmark quick = row(rows, RevenueMetric.QUICK_RATIO, SliceMetrics.ALL, null);
            assertThat(quick.value().doubleValue()).isCloseTo(25.0 / 60.0, within(EXACT));
            assertThat(quick.previousPeriod().doubleValue()).isCloseTo(90.0 / 200.0, within(EXACT));
            InternalBenchmark arpa = row(rows, RevenueMetric.ARPA, SliceMetrics.ALL, null);
            assertThat(arpa.value()).isEqualByComparingTo("117.5");
            assertThat(arpa.previousPeriod()).isEqualByComparingTo("90");
            assertThat(arpa.gapToPrevious()).isEqualByComparingTo("27.5");
        }
    }

    @Test
    void ownersComparedWithTeamAverageByHand() throws Exception {
        try (WideStore data = fourAccounts(WideStore.open(temp))) {

            List<InternalBenchmark> rows = compare(data);

            double teamNrr = (175.0 / 190.0 + 60.0 / 80.0) / 2;
            InternalBenchmark x = row(rows, RevenueMetric.NRR, "owner", "X");
            assertThat(x.value().doubleValue()).isCloseTo(175.0 / 190.0, within(EXACT));
            assertThat(x.teamAverage().doubleValue()).isCloseTo(teamNrr, within(EXACT));
            assertThat(x.gapToTeam().doubleValue()).isCloseTo(175.0 / 190.0 - teamNrr, within(EXACT));
            assertThat(x.peerValue()).isNull();
            assertThat(x.previousPeriod().doubleValue()).isCloseTo(150.0 / 100.0, within(EXACT));
            InternalBenchmark y = row(rows, RevenueMetric.NRR, "owner", "Y");
            assertThat(y.gapToTeam().doubleValue()).isCloseTo(60.0 / 80.0 - teamNrr, within(EXACT));
            assertThat(y.previousPeriod().doubleValue()).isCloseTo(80.0 / 280.0, within(EXACT));

            // Y added no MRR, so its expansion share is missing and the average is X's alone.
            InternalBenchmark shareY = row(rows, RevenueMetric.EXPANSION_SHARE, "owner", "Y");
            assertThat(shareY.value()).isNull();
            assertThat(shareY.teamAverage().doubleValue()).isCloseTo(1.0, within(EXACT));
            assertThat(shareY.gapToTeam()).isNull();
            assertThat(row(rows, RevenueMetric.QUICK_RATIO, "owner", "X").teamAverage().doubleValue())
                    .isCloseTo((25.0 / 40.0 + 0.0 / 20.0) / 2, within(EXACT));
            assertThat(row(rows, RevenueMetric.ARPA, "owner", "Y").teamAverage()).isEqualByComparingTo("117.5");
            assertThat(row(rows, RevenueMetric.ARPA, "owner", "Y").gapToTeam()).isEqualByComparingTo("-57.5");
        }
    }

    @Test
    void plansComparedWithWholeBookByHand() throws Exception {
        try (WideStore data = fourAccounts(WideStore.open(temp))) {

            List<InternalBenchmark> rows = compare(data);

            InternalBenchmark pro = row(rows, RevenueMetric.NRR, "plan", "Pro");
            assertThat(pro.value().doubleValue()).isCloseTo(175.0 / 150.0, within(EXACT));
            assertThat(pro.peerValue().doubleValue()).isCloseTo(235.0 / 270.0, within(EXACT));
            assertThat(pro.gapToPeer().doubleValue()).isCloseTo(175.0 / 150.0 - 235.0 / 270.0, within(EXACT));
            assertThat(pro.teamAverage()).isNull();
            assertThat(pro.previousPeriod().doubleValue()).isCloseTo(150.0 / 300.0, within(EXACT));
            InternalBenchmark basic = row(rows, RevenueMetric.GRR, "plan", "Basic");
            assertThat(basic.value().doubleValue()).isCloseTo(60.0 / 120.0, within(EXACT));
            assertThat(basic.peerValue().doubleValue()).isCloseTo(210.0 / 270.0, within(EXACT));
            assertThat(basic.previousPeriod().doubleValue()).isCloseTo(1.0, within(EXACT));
        }
    }

    @Test
    void csvHasEmptyFieldsForMissingValues() throws Exception {
        try (WideStore data = fourAccounts(WideStore.open(temp))) {
            Path out = temp.resolve("out");

            RevenueOutputs.writeAll(data.calculator(), AS_OF, YEAR, out);

            List<String> lines = Files.readAllLines(out.resolve(InternalBenchmarksCsvWriter.FILE));
            assertThat(lines.get(0)).isEqualTo("metric,slice_dimension,slice_value,value,previous_period,team_average,"
                    + "peer_value,gap_to_previous,gap_to_team,gap_to_peer");
            // The book, 2 plans and 2 owners, five metrics each.
            assertThat(lines).hasSize(1 + 5 * InternalBenchmarks.METRICS.size());
            assertThat(lines).contains("arpa,all,,117.50,90.00,,,27.50,,");
            assertThat(lines).contains("expansion_share,owner,Y,,,1.000000,,,,");
            assertThat(lines).contains("arpa,owner,Y,60.00,80.00,117.50,,-20.00,-57.50,");
            assertThat(lines).noneMatch(line -> line.contains("NaN"));
        }
    }

    private static List<InternalBenchmark> compare(WideStore data) {
        RevenueCalculator calculator = data.calculator();
        RevenueAnalysis current = calculator.analyse(AS_OF, YEAR, AccountRevenueListener.NONE);
        RevenueAnalysis previous = calculator.analyse(AS_OF, InternalBenchmarks.previousWindow(YEAR), AccountRevenueListener.NONE);
        return InternalBenchmarks.compare(current, previous);
    }

    private static InternalBenchmark row(List<InternalBenchmark> rows, RevenueMetric metric, String dimension, String value) {
        return rows.stream()
                .filter(row -> row.metric() == metric && row.dimension().equals(dimension)
                        && Objects.equals(row.sliceValue(), value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + metric + " " + dimension + "=" + value + " in " + rows));
    }

    private static WideStore fourAccounts(WideStore data) {
        data.account("A", "Pro", "X").account("B", "Pro", "Y").account("C", "Basic", "Y").account("D", "Basic", "X");
        return data.subscription("A", "2022-06-01", null).mrr("100").add()
                .subscription("A", "2023-07-01", null).mrr("50").add()
                .subscription("A", "2024-03-01", null).mrr("25").add()
                .subscription("B", "2022-01-01", "2023-09-01").mrr("200").add()
                .subscription("C", "2022-03-01", "2024-05-01").mrr("80").add()
                .subscription("C", "2024-05-01", null).mrr("60").add()
                .subscription("D", "2023-02-01", "2024-08-01").mrr("40").add();
    }
}
