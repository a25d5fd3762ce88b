package io.idem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.idem.report.chart.SvgLayout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class HtmlReportTest {

    @TempDir
    static Path folder;

    private static String html;
    private static ReportDocument document;

    @BeforeAll
    static void render() throws Exception {
        new Fixture(folder).writeAll();
        Path report = HtmlReport.write(folder);
        html = Files.readString(report);
        document = ReportDocument.parse(html);
    }

    private static String money(double value) {
        return String.format(Locale.US, "%s$%,.2f", value < 0 ? "-" : "", Math.abs(value));
    }

    private static String percent(double ratio) {
        return String.format(Locale.US, "%.1f%%", ratio * 100);
    }

    @Test
    void reportIsWrittenIntoTheFolder() {
        assertThat(folder.resolve("report.html")).isRegularFile();
        assertThat(html).startsWith("<!DOCTYPE html>");
    }

    @Test
    void reportLoadsNothingFromOutside() throws Exception {
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).doesNotContainIgnoringCase("@import");
        assertThat(html).doesNotContainIgnoringCase("url(");
        assertThat(document.all("//*[@src]")).as("elements with src").isEmpty();
        for (Element link : document.all("//*[@href]")) {
            assertThat(link.getAttribute("href")).as("href").startsWith("#");
        }
        Matcher references = Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
        assertThat(references.find()).as("a src or href to a network address").isFalse();
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void everySectionIsPresent() throws Exception {
        for (String id : List.of("headline", "movements", "benchmarks", "segments", "triggers", "health", "plays", "opportunities")) {
            assertThat(document.all("//section[@id='" + id + "']/h2")).as("section " + id).hasSize(1);
            assertThat(document.all("//nav//a[@href='#" + id + "']")).as("link to " + id).hasSize(1);
        }
        assertThat(document.all("//footer[@id='run']")).hasSize(1);
    }

    @Test
    void headlineShowsMoneyAndRatiosWithPeriods() throws Exception {
        double mrr = Fixture.mrr()[Fixture.MONTHS.length - 1];

        assertThat(document.text("//div[@id='headline-mrr']/div[@class='card-value']")).isEqualTo(money(mrr));
        assertThat(document.text("//div[@id='headline-arr']/div[@class='card-value']")).isEqualTo(money(mrr * 12));
        assertThat(document.text("//div[@id='headline-nrr']/div[@class='card-value']")).isEqualTo(percent(Fixture.NRR));
        assertThat(document.text("//div[@id='headline-nrr']")).contains("Period 2023-06 to 2024-06, 42 accounts.");
    }

    @Test
    void headlineComparesExpansionShareWithTarget() throws Exception {
        String card = document.text("//div[@id='headline-expansion_share']");
        double gapPoints = (Fixture.EXPANSION_SHARE - Fixture.EXPANSION_TARGET) * 100;

        assertThat(document.text("//div[@id='headline-expansion_share']/div[@class='card-value']")).isEqualTo(percent(Fixture.EXPANSION_SHARE));
        assertThat(card).contains("Target " + percent(Fixture.EXPANSION_TARGET));
        assertThat(card).contains(String.format(Locale.US, "gap %.1f pp (below target)", gapPoints));
        assertThat(card).contains("Period 2024-01 to 2024-06");
        assertThat(card).contains("From new $9,000.00, expansion $2,500.00, reactivation $215.70.");
    }

    @Test
    void headlineGivesReasonWhenValueIsMissing() throws Exception {
        assertThat(document.text("//div[@id='headline-grr']/div[@class='card-value']")).isEqualTo("n/a");
        assertThat(document.text("//div[@id='headline-grr']"))
                .contains("Gross revenue retention (GRR) could not be computed: " + Fixture.GRR_REASON);
        assertThat(html).contains("&lt;b&gt;MRR&lt;/b&gt; in 2023-06 &amp; none in &quot;cohort&quot;");
    }

    @Test
    void movementBarHeightsAreProportionalToValues() throws Exception {
        Map<String, double[]> expected = Map.of("new", Fixture.NEW, "expansion", Fixture.EXPANSION, "reactivation", Fixture.REACTIVATION,
                "contraction", Fixture.CONTRACTION, "churn", Fixture.CHURN);
        List<Element> bars = document.all("//svg[@id='chart-movements']/rect[@class='bar']");
        long nonZero = expected.values().stream().flatMapToDouble(java.util.Arrays::stream).filter(v -> v != 0).count();
        assertThat(bars).hasSize((int) nonZero);

        double pixelsPerDollar = ReportDocument.number(bars.get(0), "height") / ReportDocument.number(bars.get(0), "data-value");
        for (Element bar : bars) {
            int month = List.of(Fixture.MONTHS).indexOf(bar.getAttribute("data-category"));
            double value = expected.get(bar.getAttribute("data-series"))[month];

            assertThat(ReportDocument.number(bar, "data-value")).isEqualTo(value);
            assertThat(ReportDocument.number(bar, "height")).as("height of %s %s", bar.getAttribute("data-series"), Fixture.MONTHS[month])
                    .isCloseTo(value * pixelsPerDollar, within(0.02));
        }
    }

    @Test
    void movementBarsStackUpAndDownFromZero() throws Exception {
        Map<String, List<Element>> byMonth = new HashMap<>();
        for (Element bar : document.all("//svg[@id='chart-movements']/rect[@class='bar']")) {
            byMonth.computeIfAbsent(bar.getAttribute("data-category"), key -> new ArrayList<>()).add(bar);
        }
        List<String> upward = List.of("new", "expansion", "reactivation");
        Double zeroLine = null;

        for (String month : Fixture.MONTHS) {
            double upBottom = Double.NEGATIVE_INFINITY;
            double downTop = Double.POSITIVE_INFINITY;
            for (Element bar : byMonth.get(month)) {
                double y = ReportDocument.number(bar, "y");
                double height = ReportDocument.number(bar, "height");
                if (upward.contains(bar.getAttribute("data-series"))) {
                    upBottom = Math.max(upBottom, y + height);
                } else {
                    downTop = Math.min(downTop, y);
                }
            }
            zeroLine = zeroLine == null ? upBottom : zeroLine;
            assertThat(upBottom).as("bottom of the upward stack in %s", month).isCloseTo(zeroLine, within(0.02));
            if (downTop != Double.POSITIVE_INFINITY) {
                assertThat(downTop).as("top of the downward stack in %s", month).isCloseTo(zeroLine, within(0.02));
            }
        }
    }

    @Test
    void mrrLineFollowsMonthEndMrr() throws Exception {
        List<Element> points = document.all("//svg[@id='chart-movements']/circle[@data-series='MRR']");
        double[] mrr = Fixture.mrr();
        assertThat(points).hasSize(mrr.length);

        int lowest = 0;
        int highest = 0;
        for (int i = 0; i < mrr.length; i++) {
            lowest = mrr[i] < mrr[lowest] ? i : lowest;
            highest = mrr[i] > mrr[highest] ? i : highest;
        }
        double slope = (ReportDocument.number(points.get(highest), "cy") - ReportDocument.number(points.get(lowest), "cy"))
                / (mrr[highest] - mrr[lowest]);
        for (int i = 0; i < mrr.length; i++) {
            assertThat(ReportDocument.number(points.get(i), "data-value")).isEqualTo(mrr[i]);
            double expectedOffset = (mrr[i] - mrr[0]) * slope;
            assertThat(ReportDocument.number(points.get(i), "cy") - ReportDocument.number(points.get(0), "cy")).isCloseTo(expectedOffset, within(0.02));
        }
        assertThat(slope).as("higher MRR is drawn higher").isNegative();
    }

    @Test
    void chartsHaveAccessibleNamesLegendsAndTicks() throws Exception {
        List<Element> charts = document.all("//svg");
        assertThat(charts).hasSizeGreaterThanOrEqualTo(6);
        for (Element chart : charts) {
            String id = chart.getAttribute("id");
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.getAttribute("aria-label")).as("aria-label of %s", id).isNotBlank();
            assertThat(document.all("//svg[@id='" + id + "']/title")).as("title of %s", id).hasSize(1);
            assertThat(document.all("//svg[@id='" + id + "']/text[@class='legend-label']")).as("legend of %s", id).isNotEmpty();
            assertThat(document.all("//svg[@id='" + id + "']/text[@class='tick-label']")).as("ticks of %s", id).hasSizeGreaterThan(2);
            SvgLayout.assertLabelsInside(chart);
        }
    }

    @Test
    void movementTableShowsFormattedNumbersAndReconciles() throws Exception {
        Element table = document.one("//section[@id='movements']//table");
        List<List<String>> rows = ReportDocument.rows(table);
        double[] mrr = Fixture.mrr();

        assertThat(rows).hasSize(Fixture.MONTHS.length);
        assertThat(rows.get(0)).containsExactly("2024-01", "$1,200.00", "$300.00", "$0.00", "$100.00", "$400.00", "$1,000.00", money(mrr[0]));
        assertThat(document.text("//section[@id='movements']//p[contains(@class,'check')]"))
                .isEqualTo("Each month's MRR equals the previous month's MRR plus that month's net movement (5 months checked).");
    }

    @Test
    void benchmarksShowTargetOnlyWhereConfigured() throws Exception {
        assertThat(document.all("//svg[@id='chart-benchmarks']/line[@class='target']")).hasSize(1);
        assertThat(document.all("//svg[@id='chart-benchmarks']/rect[@class='bar']")).extracting(bar -> bar.getAttribute("data-category"))
                .containsExactly("NRR", "Expansion share");
        assertThat(document.text("//section[@id='benchmarks']//p[@class='notice']"))
                .isEqualTo("No benchmark target is configured for NRR and GRR, so the chart shows the value without a target marker.");
        assertThat(html).contains("Bench &amp; Co &lt;2024&gt;");
    }

    @Test
    void segmentChartAndTableShowSizes() throws Exception {
        List<Element> bars = document.all("//svg[@id='chart-segments']/rect[@class='bar'][@data-category='plan_upgrade_ready']");
        assertThat(bars).extracting(bar -> bar.getAttribute("data-series") + "=" + bar.getAttribute("data-value"))
                .containsExactly("members=12.0", "entered=3.0", "left=1.0");

        List<List<String>> rows = ReportDocument.rows(document.all("//section[@id='segments']/table").get(0));
        assertThat(rows).containsExactly(List.of("plan_upgrade_ready", "12", "3", "1"), List.of(Fixture.AMPERSAND_SEGMENT, "2", "2", "0"),
                List.of(Fixture.SLASH_SEGMENT, "1", "0", "0"));
    }

    @Test
    void accountNamesAndReasonsAreEscaped() throws Exception {
        assertThat(html).doesNotContain(Fixture.SCRIPT_NAME);
        assertThat(html).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;");
        assertThat(html).contains("O&#39;Brien &amp; Sons &quot;Ltd&quot;");
        assertThat(html).contains("usage_growth &amp; plan=&#39;Pro&#39;");

        List<List<String>> members = ReportDocument.rows(document.all("//section[@id='segments']//table[contains(@class,'members')]").get(0));
        assertThat(members.get(0)).containsExactly(Fixture.SCRIPT_NAME, "a1", "2024-06-01", "85.0", "green", "usage_growth & plan='Pro'");
        assertThat(members.get(1).get(0)).isEqualTo(Fixture.QUOTED_NAME);
    }

    @Test
    void explanationReplacesReasonsWhenPresent() throws Exception {
        List<Element> tables = document.all("//section[@id='segments']//table[contains(@class,'members')]");
        List<List<String>> explained = ReportDocument.rows(tables.get(1));

        assertThat(explained.get(0)).containsExactly("Gamma", "a3", "2024-06-03", "40.2", "amber", Fixture.EXPLANATION);
        assertThat(html).doesNotContain("<b>Pro</b>");
        assertThat(html).contains("plan = &#39;&lt;b&gt;Pro&lt;/b&gt;&#39; held");
    }

    @Test
    void segmentFileNamesAreChecked() throws Exception {
        assertThat(document.all("//section[@id='segments']//details/summary")).extracting(Element::getTextContent)
                .contains(Fixture.AMPERSAND_SEGMENT + " (1 member)");
        assertThat(document.text("//section[@id='segments']/p[@class='notice']"))
                .isEqualTo("The members of segment a/b are not shown because its name cannot be a file name.");
    }

    @Test
    void triggerTableMatchesIndependentSums() throws Exception {
        Map<String, double[]> sums = new HashMap<>();
        Map<String, List<Double>> lifts = new HashMap<>();
        for (String[] row : Fixture.BACKTEST) {
            double[] sum = sums.computeIfAbsent(row[0], key -> new double[5]);
            sum[0]++;
            for (int i = 1; i <= 4; i++) {
                sum[i] += Double.parseDouble(row[i + 2]);
            }
            List<Double> monthly = lifts.computeIfAbsent(row[0], key -> new ArrayList<>());
            if (!row[7].isEmpty()) {
                monthly.add(Double.parseDouble(row[7]));
            }
        }

        List<List<String>> rows = ReportDocument.rows(document.all("//section[@id='triggers']//table").get(0));
        assertThat(rows).hasSize(3);
        for (List<String> row : rows) {
            double[] sum = sums.get(row.get(0));
            double firedRate = sum[2] / sum[1];
            double baseRate = sum[4] / sum[3];
            List<Double> monthly = lifts.get(row.get(0));
            String meanLift = monthly.isEmpty() ? "n/a" : String.format(Locale.US, "%.2f", monthly.stream().mapToDouble(d -> d).average().orElseThrow());
            String pooledLift = baseRate == 0 ? "n/a" : String.format(Locale.US, "%.2f", firedRate / baseRate);

            assertThat(row.get(2)).as("months of %s", row.get(0)).isEqualTo(String.format(Locale.US, "%.0f", sum[0]));
            assertThat(row.get(3)).as("fired").isEqualTo(String.format(Locale.US, "%.0f", sum[1]));
            assertThat(row.get(4)).as("fired and expanded").isEqualTo(String.format(Locale.US, "%.0f", sum[2]));
            assertThat(row.get(5)).as("rate when fired").isEqualTo(percent(firedRate));
            assertThat(row.get(6)).as("base accounts").isEqualTo(String.format(Locale.US, "%.0f", sum[3]));
            assertThat(row.get(8)).as("base rate").isEqualTo(percent(baseRate));
            assertThat(row.get(9)).as("pooled lift of %s", row.get(0)).isEqualTo(pooledLift);
            assertThat(row.get(10)).as("mean monthly lift of %s", row.get(0)).isEqualTo(meanLift);
        }
    }

    @Test
    void liftChartHasReferenceLineAtOne() throws Exception {
        List<Element> bars = document.all("//svg[@id='chart-trigger-lift']/rect[@class='bar']");
        assertThat(bars).extracting(bar -> bar.getAttribute("data-category")).containsExactly("usage_spike", "seat_cap");
        assertThat(ReportDocument.number(bars.get(0), "data-value")).isCloseTo((4.0 + 2.5) / 2, within(1e-12));

        Element reference = document.one("//svg[@id='chart-trigger-lift']/line[@class='reference']");
        double x0 = ReportDocument.number(bars.get(0), "x");
        double pixelsPerLift = ReportDocument.number(bars.get(0), "width") / ReportDocument.number(bars.get(0), "data-value");
        assertThat(ReportDocument.number(reference, "x1")).isCloseTo(x0 + pixelsPerLift, within(0.05));
        assertThat(document.text("//section[@id='triggers']/p[@class='notice']"))
                .isEqualTo("1 trigger has no defined lift in any month and is left out of the chart.");
    }

    @Test
    void firingsAreCountedByTrigger() throws Exception {
        List<List<String>> rows = ReportDocument.rows(document.all("//section[@id='triggers']//table").get(1));

        assertThat(rows).containsExactly(List.of("usage_spike", "threshold", "3", "2", "2024-06-01", "2024-06-20"),
                List.of("seat_cap", "threshold", "1", "1", "2024-06-15", "2024-06-15"));
    }

    @Test
    void healthBandsAreCountedPerModelBestFirst() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] row : Fixture.HEALTH) {
            counts.merge(row[1] + "/" + row[3], 1, Integer::sum);
        }

        List<Element> bars = document.all("//svg[@id='chart-health']/rect[@class='bar']");
        for (Element bar : bars) {
            String key = bar.getAttribute("data-category") + "/" + bar.getAttribute("data-series");
            assertThat(ReportDocument.number(bar, "data-value")).as(key).isEqualTo(counts.get(key).doubleValue());
        }
        assertThat(bars).hasSize(counts.size());
        assertThat(document.all("//svg[@id='chart-health']/text[@class='legend-label']")).extracting(Element::getTextContent)
                .containsExactly("green", "amber", "red");

        List<List<String>> rows = ReportDocument.rows(document.one("//section[@id='health']//table"));
        assertThat(rows.get(0)).containsExactly("health", "green", "3", percent(3.0 / 6), String.format(Locale.US, "%.1f", (85 + 72 + 90.5) / 3));
    }

    @Test
    void playsGroupedByPlaybookAndOwner() throws Exception {
        List<Element> tables = document.all("//section[@id='plays']/table");
        List<List<String>> plays = ReportDocument.rows(tables.get(0));
        List<List<String>> tasks = ReportDocument.rows(tables.get(1));

        assertThat(plays).containsExactly(List.of("plan_upgrade", "Avery Chen", "2", "active 1, done 1"),
                List.of("plan_upgrade", "Sam Rivera", "1", "active 1"), List.of("rescue", "Sam Rivera", "1", "active 1"));
        assertThat(tasks).containsExactly(List.of(PlaysSection.UNKNOWN_PLAYBOOK, "Jordan Patel", "1", "open 1"),
                List.of("plan_upgrade", "Avery Chen", "3", "done 1, open 2"), List.of("rescue", "Sam Rivera", "1", "open 1"));
        assertThat(document.all("//svg[@id='chart-plays']/rect[@class='bar'][@data-category='plan_upgrade']"))
                .extracting(bar -> bar.getAttribute("data-series") + "=" + bar.getAttribute("data-value"))
                .containsExactly("plays=3.0", "tasks=3.0");
    }

    @Test
    void taskTitlesAreListedEscaped() throws Exception {
        List<List<String>> rows = ReportDocument.rows(document.one("//section[@id='plays']//table[contains(@class,'tasks')]"));

        assertThat(rows).hasSize(Fixture.TASKS.length);
        assertThat(rows.get(0)).startsWith("2024-06-04", "Review usage of " + Fixture.SCRIPT_NAME, "plan_upgrade");
        assertThat(rows.get(1).get(1)).isEqualTo("Review usage of Beta");
    }

    @Test
    void opportunitiesAreSummedByMotionAndStage() throws Exception {
        Map<String, Double> expected = new HashMap<>();
        double total = 0;
        for (String[] row : Fixture.OPPORTUNITIES) {
            expected.merge(row[3] + "/" + row[6], Double.parseDouble(row[5]), Double::sum);
            total += Double.parseDouble(row[5]);
        }

        Element table = document.one("//section[@id='opportunities']//table");
        assertThat(ReportDocument.rows(table)).containsExactly(List.of("cross-sell", "open", "1", money(expected.get("cross-sell/open"))),
                List.of("upsell", "open", "2", money(expected.get("upsell/open"))), List.of("upsell", "won", "1", money(expected.get("upsell/won"))));
        assertThat(table.getElementsByTagName("tfoot").item(0).getTextContent()).contains(money(total)).contains("4");

        List<Element> bars = document.all("//svg[@id='chart-opportunities']/rect[@class='bar']");
        double pixelsPerDollar = ReportDocument.number(bars.get(0), "height") / ReportDocument.number(bars.get(0), "data-value");
        for (Element bar : bars) {
            double value = expected.get(bar.getAttribute("data-category") + "/" + bar.getAttribute("data-series"));
            assertThat(ReportDocument.number(bar, "height")).isCloseTo(value * pixelsPerDollar, within(0.02));
        }
    }

    @Test
    void footerShowsRunIdentityAndImports() throws Exception {
        List<String> values = document.all("//footer[@id='run']/dl/dd").stream().map(Element::getTextContent).toList();

        assertThat(values).containsExactly("run-2024-06-30-001", "2024-06-30", "sha256:9f2c1e", "0.1.0-SNAPSHOT");
        List<List<String>> imports = ReportDocument.rows(document.all("//footer[@id='run']//table").get(0));
        assertThat(imports).containsExactly(List.of("subscriptions.csv", "12,034", "12,000", "34"));
        List<List<String>> stages = ReportDocument.rows(document.all("//footer[@id='run']//table").get(1));
        assertThat(stages).containsExactly(List.of("import", "1,530"), List.of("report", "42"));
    }

    @Test
    void writeRejectsMissingFolder() {
        assertThatThrownBy(() -> HtmlReport.write(folder.resolve("absent")))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("output folder not found");
    }

    @Test
    void writeReplacesAnEarlierReport(@TempDir Path other) throws Exception {
        new Fixture(other).writeAll();
        HtmlReport.write(other);
        Files.delete(other.resolve("health.csv"));

        HtmlReport.write(other);

        assertThat(Files.readString(other.resolve("report.html"))).contains("health.csv is not in this output folder");
        try (var files = Files.list(other)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
