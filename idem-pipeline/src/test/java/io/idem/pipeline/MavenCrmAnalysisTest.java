package io.idem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.pipeline.crm.CrmReader;
import io.idem.pipeline.motion.ClassifiedDeal;
import io.idem.pipeline.motion.Motion;
import io.idem.pipeline.report.AgentPerformance;
import io.idem.pipeline.report.BookingsSplit;
import io.idem.pipeline.report.DealStats;
import io.idem.pipeline.report.MotionPerformance;
import io.idem.pipeline.report.ProductPerformance;
import io.idem.pipeline.report.YearQuarter;
import io.idem.pipeline.support.MavenCrmData;
import io.idem.pipeline.support.RawCrm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the analysis of the shipped Maven CRM export against figures computed here straight from the CSV lines,
 * with the test's own grouping, sorting and classification.
 */
class MavenCrmAnalysisTest {

    private static PipelineAnalysis analysis;
    private static RawCrm raw;
    private static Map<String, String> expectedMotion;

    @BeforeAll
    static void analyze() {
        analysis = new PipelineAnalyzer().analyze(new CrmReader().read(MavenCrmData.folder()));
        raw = new RawCrm(MavenCrmData.folder());
        expectedMotion = classifyIndependently();
    }

    @Test
    void wonBookingsMatchPublishedTotal() {
        assertThat(analysis.overall().wonBookings()).isEqualByComparingTo("10005534");
        assertThat(analysis.overall().won()).isEqualTo(4238);
        assertThat(analysis.overall().lost()).isEqualTo(2473);
    }

    @Test
    void productWinRateAndCycleMatchFile() {
        for (ProductPerformance row : analysis.products()) {
            List<RawCrm.Row> closed = raw.pipeline.stream()
                    .filter(r -> r.product().equals(row.product().name()) && r.closed()).toList();
            long won = closed.stream().filter(RawCrm.Row::won).count();
            double cycle = closed.stream().mapToLong(RawCrm.Row::cycleDays).average().orElseThrow();

            assertThat(row.stats().winRate().getAsDouble()).as(row.product().name())
                    .isCloseTo((double) won / closed.size(), within(1e-12));
            assertThat(row.stats().averageCycleDays().getAsDouble()).as(row.product().name())
                    .isCloseTo(cycle, within(1e-9));
        }
        assertThat(analysis.products()).hasSize(raw.seriesOfProduct.size());
    }

    @Test
    void winRateByAgentMatchesTheFile() {
        for (AgentPerformance row : analysis.agents()) {
            List<RawCrm.Row> all = raw.pipeline.stream().filter(r -> r.agent().equals(row.agent().name())).toList();
            long won = all.stream().filter(RawCrm.Row::won).count();
            long closed = all.stream().filter(RawCrm.Row::closed).count();
            long bookings = all.stream().filter(RawCrm.Row::won).mapToLong(RawCrm.Row::valueAsLong).sum();
            String[] team = raw.teamOfAgent.get(row.agent().name());

            assertThat(row.stats().opportunities()).as(row.agent().name()).isEqualTo(all.size());
            assertThat(row.stats().wonBookings()).as(row.agent().name()).isEqualByComparingTo(Long.toString(bookings));
            assertThat(row.agent().manager()).isEqualTo(team[0]);
            assertThat(row.agent().regionalOffice()).isEqualTo(team[1]);
            if (closed == 0) {
                assertThat(row.stats().winRate()).as(row.agent().name()).isEmpty();
            } else {
                assertThat(row.stats().winRate().getAsDouble()).as(row.agent().name())
                        .isCloseTo((double) won / closed, within(1e-12));
            }
        }
        assertThat(analysis.agents()).hasSize(raw.teamOfAgent.size());
    }

    @Test
    void everyClosedDealHasTheIndependentMotion() {
        Map<String, String> actual = analysis.deals().stream()
                .collect(Collectors.toMap(deal -> deal.opportunity().id(), deal -> deal.motion().code()));

        assertThat(actual).isEqualTo(expectedMotion);
    }

    @Test
    void expansionShareOfBookingsMatchesTheFile() {
        long total = 0;
        long expansion = 0;
        for (RawCrm.Row row : raw.pipeline) {
            if (row.won()) {
                total += row.valueAsLong();
                String motion = expectedMotion.get(row.id());
                if (motion.equals("upsell") || motion.equals("cross_sell")) {
                    expansion += row.valueAsLong();
                }
            }
        }

        BookingsSplit overall = analysis.bookings().overall();
        assertThat(overall.expansionShare().getAsDouble()).isCloseTo((double) expansion / total, within(1e-12));
        assertThat(overall.expansion()).isEqualByComparingTo(Long.toString(expansion));
        assertThat(overall.unattributed()).isEqualByComparingTo("0");
    }

    @Test
    void expansionShareByQuarterMatchesTheFile() {
        Map<String, long[]> byQuarter = new TreeMap<>();
        for (RawCrm.Row row : raw.pipeline) {
            if (row.won()) {
                LocalDate close = LocalDate.parse(row.close());
                String quarter = close.getYear() + "-Q" + ((close.getMonthValue() - 1) / 3 + 1);
                long[] sums = byQuarter.computeIfAbsent(quarter, key -> new long[2]);
                sums[0] += row.valueAsLong();
                if (!expectedMotion.get(row.id()).equals("new_business")) {
                    sums[1] += row.valueAsLong();
                }
            }
        }

        Map<String, Double> actual = new TreeMap<>();
        for (Map.Entry<YearQuarter, BookingsSplit> entry : analysis.bookings().byQuarter().entrySet()) {
            actual.put(entry.getKey().toString(), entry.getValue().expansionShare().getAsDouble());
        }
        assertThat(actual.keySet()).isEqualTo(byQuarter.keySet());
        byQuarter.forEach((quarter, sums) -> assertThat(actual.get(quarter)).as(quarter)
                .isCloseTo((double) sums[1] / sums[0], within(1e-12)));
    }

    @Test
    void winRateByMotionMatchesTheFile() {
        for (MotionPerformance row : analysis.motions()) {
            long won = 0;
            long closed = 0;
            for (RawCrm.Row deal : raw.pipeline) {
                if (row.motion().code().equals(expectedMotion.get(deal.id()))) {
                    closed++;
                    won += deal.won() ? 1 : 0;
                }
            }
            assertThat(row.stats().winRate().getAsDouble()).as(row.motion().code())
                    .isCloseTo((double) won / closed, within(1e-12));
        }
    }

    /**
     * Mathtouch, checked by hand from its rows of sales_pipeline.csv: the first two wins close on 2017-03-03, and
     * 9WMU7YHD (MG Special) sorts before R4LH95QS (GTXPro), so the GTX deal is a same-day cross-sell.
     */
    @Test
    void mathtouchIsClassifiedAsCheckedByHand() {
        Map<String, ClassifiedDeal> deals = analysis.deals().stream()
                .filter(deal -> deal.account().equals("Mathtouch"))
                .collect(Collectors.toMap(deal -> deal.opportunity().id(), deal -> deal));

        assertThat(deals.get("9WMU7YHD").motion()).isEqualTo(Motion.NEW_BUSINESS);
        assertThat(deals.get("R4LH95QS").motion()).isEqualTo(Motion.CROSS_SELL);
        assertThat(deals.get("R4LH95QS").sameDayAsFirstWin()).isTrue();
        assertThat(deals.get("BGNB966A").motion()).isEqualTo(Motion.UPSELL);
        assertThat(deals.get("V4EKF9RF").motion()).isEqualTo(Motion.UPSELL);
        assertThat(deals.get("O1TDG6YN").motion()).isEqualTo(Motion.UPSELL);
        assertThat(deals.values().stream().filter(deal -> deal.motion() == Motion.NEW_BUSINESS)).hasSize(1);
    }

    @Test
    void motionStatsCoverEveryClosedDealWithAccount() {
        int closedWithAccount = (int) raw.pipeline.stream().filter(r -> r.closed() && !r.account().isEmpty()).count();
        int covered = analysis.motions().stream().map(MotionPerformance::stats).mapToInt(DealStats::closed).sum();

        assertThat(covered).isEqualTo(closedWithAccount);
        assertThat(analysis.motions().get(0).stats().won()).isEqualTo(raw.sectorOfAccount.size());
    }

    /** Classifies the closed rows of each account with the rule written out again: close date, then id. */
    private static Map<String, String> classifyIndependently() {
        Map<String, List<RawCrm.Row>> byAccount = new HashMap<>();
        for (RawCrm.Row row : raw.pipeline) {
            if (row.closed() && !row.account().isEmpty()) {
                byAccount.computeIfAbsent(row.account(), key -> new ArrayList<>()).add(row);
            }
        }
        Map<String, String> motions = new HashMap<>();
        for (List<RawCrm.Row> rows : byAccount.values()) {
            rows.sort(Comparator.comparing(RawCrm.Row::close).thenComparing(RawCrm.Row::id));
            Set<String> bought = new HashSet<>();
            for (RawCrm.Row row : rows) {
                String series = raw.seriesOfProduct.get(row.product());
                motions.put(row.id(), bought.isEmpty() ? "new_business"
                        : bought.contains(series) ? "upsell" : "cross_sell");
                if (row.won()) {
                    bought.add(series);
                }
            }
        }
        return motions;
    }
}
