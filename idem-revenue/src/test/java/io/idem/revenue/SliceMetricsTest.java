package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five hand-made accounts over the window (2023-12-31, 2024-12-31], with every metric worked out by
 * hand:
 *
 * <pre>
 *   A  Pro    owner X  100 since 2023-06-01, +50 from 2024-03-01            start 100, end 150, expansion 50
 *   B  Pro    owner Y  200 from 2023-01-01 to 2024-06-01                    start 200, end 0,   churn 200
 *   C  Basic  owner X  80 since 2024-02-01                                  start 0,   end 80,  new 80
 *   D  Basic  no owner 60 from 2023-05-01 to 2024-04-01, then 40            start 60,  end 40,  contraction 20
 *   E  not in the accounts table, 30 since 2024-07-01                       start 0,   end 30,  new 30
 * </pre>
 */
class SliceMetricsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final MetricWindow YEAR = new MetricWindow(LocalDate.of(2023, 12, 31), AS_OF);
    private static final double EXACT = 1e-15;

    @TempDir
    Path temp;

    @Test
    void wholeBookByHand() throws Exception {
        try (WideStore data = fiveAccounts(WideStore.open(temp))) {

            SliceMetrics total = data.calculator().analyse(AS_OF, YEAR, AccountRevenueListener.NONE).total();

            assertThat(money(total, RevenueMetric.MRR_START)).isEqualByComparingTo("360");
            assertThat(money(total, RevenueMetric.MRR)).isEqualByComparingTo("300");
            assertThat(money(total, RevenueMetric.ARR)).isEqualByComparingTo("3600");
            assertThat(money(total, RevenueMetric.ACCOUNTS)).isEqualByComparingTo("4");
            assertThat(money(total, RevenueMetric.ARPA)).isEqualByComparingTo("75");
            assertThat(money(total, RevenueMetric.NEW)).isEqualByComparingTo("110");
            assertThat(money(total, RevenueMetric.EXPANSION)).isEqualByComparingTo("50");
            assertThat(money(total, RevenueMetric.CONTRACTION)).isEqualByComparingTo("20");
            assertThat(money(total, RevenueMetric.CHURN)).isEqualByComparingTo("200");
            assertThat(money(total, RevenueMetric.REACTIVATION)).isEqualByComparingTo("0");
            assertThat(ratio(total, RevenueMetric.NRR)).isCloseTo(190.0 / 360.0, within(EXACT));
            assertThat(ratio(total, RevenueMetric.GRR)).isCloseTo(140.0 / 360.0, within(EXACT));
            assertThat(ratio(total, RevenueMetric.EXPANSION_SHARE)).isCloseTo(50.0 / 160.0, within(EXACT));
            assertThat(ratio(total, RevenueMetric.QUICK_RATIO)).isCloseTo(160.0 / 220.0, within(EXACT));
        }
    }

    @Test
    void slicesByPlanAndOwnerByHand() throws Exception {
        try (WideStore data = fiveAccounts(WideStore.open(temp))) {

            Map<String, List<SliceMetrics>> byDimension = data.calculator().analyse(AS_OF, YEAR, AccountRevenueListener.NONE)
                    .byDimension();

            assertThat(byDimension.keySet()).containsExactly("plan", "owner");
            Map<String, SliceMetrics> plan = byValue(byDimension.get("plan"));
            assertThat(byDimension.get("plan")).extracting(SliceMetrics::value).containsExactly("Basic", "Pro", null);
            assertThat(ratio(plan.get("Pro"), RevenueMetric.QUICK_RATIO)).isCloseTo(50.0 / 200.0, within(EXACT));
            assertThat(ratio(plan.get("Pro"), RevenueMetric.NRR)).isCloseTo(150.0 / 300.0, within(EXACT));
            assertThat(ratio(plan.get("Pro"), RevenueMetric.GRR)).isCloseTo(100.0 / 300.0, within(EXACT));
            assertThat(money(plan.get("Pro"), RevenueMetric.ARPA)).isEqualByComparingTo("150");
            assertThat(ratio(plan.get("Basic"), RevenueMetric.QUICK_RATIO)).isCloseTo(80.0 / 20.0, within(EXACT));
            assertThat(ratio(plan.get("Basic"), RevenueMetric.EXPANSION_SHARE)).isZero();
            assertThat(money(plan.get("Basic"), RevenueMetric.ARPA)).isEqualByComparingTo("60");
            assertThat(ratio(plan.get("Basic"), RevenueMetric.NRR)).isCloseTo(40.0 / 60.0, within(EXACT));

            Map<String, SliceMetrics> owner = byValue(byDimension.get("owner"));
            assertThat(money(owner.get("X"), RevenueMetric.MRR)).isEqualByComparingTo("230");
            assertThat(money(owner.get("X"), RevenueMetric.ARPA)).isEqualByComparingTo("115");
            assertThat(ratio(owner.get("Y"), RevenueMetric.NRR)).isZero();
            assertThat(ratio(owner.get("Y"), RevenueMetric.QUICK_RATIO)).isZero();
            assertThat(money(owner.get(null), RevenueMetric.MRR)).as("D has a blank owner, E no account row")
                    .isEqualByComparingTo("70");
        }
    }

    @Test
    void zeroDenominatorsGiveReasons() throws Exception {
        try (WideStore data = fiveAccounts(WideStore.open(temp))) {

            Map<String, List<SliceMetrics>> byDimension = data.calculator().analyse(AS_OF, YEAR, AccountRevenueListener.NONE)
                    .byDimension();

            SliceMetrics noPlan = byValue(byDimension.get("plan")).get(null);
            assertThat(noPlan.metric(RevenueMetric.QUICK_RATIO).value()).isNull();
            assertThat(noPlan.metric(RevenueMetric.QUICK_RATIO).reason()).isEqualTo("no contraction or churn MRR in " + YEAR);
            assertThat(noPlan.metric(RevenueMetric.NRR).value()).isNull();
            assertThat(noPlan.metric(RevenueMetric.NRR).reason()).isEqualTo("no account had MRR above 0 on 2023-12-31");
            assertThat(noPlan.metric(RevenueMetric.NRR).gap()).isNull();
            SliceMetrics ownerY = byValue(byDimension.get("owner")).get("Y");
            assertThat(ownerY.metric(RevenueMetric.ARPA).value()).isNull();
            assertThat(ownerY.metric(RevenueMetric.ARPA).reason()).isEqualTo("no paying account on 2024-12-31");
            assertThat(ownerY.metric(RevenueMetric.EXPANSION_SHARE).reason()).contains("no new, expansion or reactivation MRR");
        }
    }

    @Test
    void gapsComparedWithDefaultBenchmarks() throws Exception {
        try (WideStore data = fiveAccounts(WideStore.open(temp))) {

            SliceMetrics total = data.calculator().analyse(AS_OF, YEAR, AccountRevenueListener.NONE).total();

            // ARPA 75 gives an annual contract value of 900 USD, in the survey's band below $12k.
            MetricValue nrr = total.metric(RevenueMetric.NRR);
            assertThat(nrr.benchmark().target()).isEqualTo(1.00);
            assertThat(nrr.benchmark().source()).startsWith(RevenueBenchmarks.SURVEY).contains("less than $12k");
            assertThat(nrr.gap().doubleValue()).isCloseTo(190.0 / 360.0 - 1.00, within(EXACT));
            assertThat(total.metric(RevenueMetric.GRR).benchmark().target()).isEqualTo(0.90);
            assertThat(total.metric(RevenueMetric.QUICK_RATIO).gap().doubleValue()).isCloseTo(160.0 / 220.0 - 4.0, within(EXACT));
            assertThat(total.metric(RevenueMetric.EXPANSION_SHARE).gap().doubleValue()).isCloseTo(50.0 / 160.0 - 0.30, within(EXACT));
            assertThat(total.metric(RevenueMetric.MRR).benchmark()).isNull();
        }
    }

    @Test
    void workspaceBenchmarksReplaceDefaults() throws Exception {
        String benchmarks = """
                benchmarks:
                  nrr: {target: 1.2, source: board plan}
                  quick_ratio: {target: 2.5}
                """;
        try (WideStore data = fiveAccounts(WideStore.open(temp, benchmarks))) {

            RevenueAnalysis analysis = data.calculator().analyse(AS_OF, YEAR, AccountRevenueListener.NONE);

            for (SliceMetrics slice : analysis.byDimension().get("plan")) {
                assertThat(slice.metric(RevenueMetric.NRR).benchmark().target()).isEqualTo(1.2);
                assertThat(slice.metric(RevenueMetric.NRR).benchmark().source()).isEqualTo("board plan");
                assertThat(slice.metric(RevenueMetric.QUICK_RATIO).benchmark().target()).isEqualTo(2.5);
            }
            assertThat(analysis.revenue().summary().nrrBenchmark().target()).isEqualTo(1.2);
        }
    }

    @Test
    void metricsFilesHaveLinePerMetric() throws Exception {
        try (WideStore data = fiveAccounts(WideStore.open(temp))) {
            Path out = temp.resolve("out");

            RevenueOutputs.writeAll(data.calculator(), AS_OF, YEAR, out);

            List<String> plan = Files.readAllLines(out.resolve("revenue/metrics_by_plan.csv"));
            assertThat(plan.get(0)).isEqualTo("plan,window_start,window_end,metric,value,benchmark,gap,benchmark_source,reason");
            assertThat(plan).hasSize(1 + 3 * RevenueMetric.values().length);
            assertThat(plan).contains("Pro,2023-12-31,2024-12-31,quick_ratio,0.250000,4.0,-3.750000,"
                    + Csv.field(RevenueBenchmarks.defaults("USD").quickRatio().source()) + ",");
            assertThat(plan).contains("Basic,2023-12-31,2024-12-31,arpa,60.00,,,,");
            assertThat(plan).anyMatch(line -> line.startsWith(",2023-12-31,2024-12-31,nrr,,1.0,,")
                    && line.endsWith(",no account had MRR above 0 on 2023-12-31"));
            List<String> total = Files.readAllLines(out.resolve(MetricsCsvWriter.TOTAL_FILE));
            assertThat(total).contains("2023-12-31,2024-12-31,mrr,300.00,,,,", "2023-12-31,2024-12-31,accounts,4,,,,");
            assertThat(Files.readAllLines(out.resolve("revenue/metrics_by_owner.csv")).get(0)).startsWith("owner,");
        }
    }

    @Test
    void rejectsWindowEndingAfterAsOf() throws Exception {
        try (WideStore data = fiveAccounts(WideStore.open(temp))) {
            MetricWindow late = new MetricWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 31));

            assertThatThrownBy(() -> data.calculator().analyse(AS_OF, late, AccountRevenueListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ends after the as-of date 2024-12-31");
        }
    }

    @Test
    void rejectsUnknownDimension() throws Exception {
        try (WideStore data = WideStore.open(temp)) {

            assertThatThrownBy(() -> AccountDimensions.of(data.workspace, List.of("plan", "region")))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("no column 'region'")
                    .hasMessageContaining("[account_id, plan, owner]");
        }
    }

    private static WideStore fiveAccounts(WideStore data) {
        data.account("A", "Pro", "X").account("B", "Pro", "Y").account("C", "Basic", "X").account("D", "Basic", " ");
        return data.subscription("A", "2023-06-01", null).mrr("100").add()
                .subscription("A", "2024-03-01", null).mrr("50").add()
                .subscription("B", "2023-01-01", "2024-06-01").mrr("200").add()
                .subscription("C", "2024-02-01", null).mrr("80").add()
                .subscription("D", "2023-05-01", "2024-04-01").mrr("60").add()
                .subscription("D", "2024-04-01", null).mrr("40").add()
                .subscription("E", "2024-07-01", null).mrr("30").add();
    }

    private static Map<String, SliceMetrics> byValue(List<SliceMetrics> slices) {
        Map<String, SliceMetrics> map = new HashMap<>();
        slices.forEach(slice -> map.put(slice.value(), slice));
        return map;
    }

    private static BigDecimal money(SliceMetrics slice, RevenueMetric metric) {
        return slice.metric(metric).value();
    }

    private static double ratio(SliceMetrics slice, RevenueMetric metric) {
        return slice.metric(metric).value().doubleValue();
    }
}
