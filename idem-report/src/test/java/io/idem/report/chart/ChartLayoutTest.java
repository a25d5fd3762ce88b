package io.idem.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartLayoutTest {

    private static Element parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> children(Element svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void manyMonthsGetThinnedLabels() throws Exception {
        List<String> months = IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("%d-%02d", 2022 + (i - 1) / 12, (i - 1) % 12 + 1)).toList();
        List<Double> values = months.stream().map(month -> 1000.0 + month.hashCode() % 500).toList();

        Element svg = parse(new StackedBarChart("c", "t", "d", months).up(new Series("new", Palette.BLUE, values))
                .down(new Series("churn", Palette.VERMILLION, values))
                .valueAxis("MRR", (v, d) -> String.format("$%,.0f", v), v -> String.valueOf(v))
                .line(new LineOverlay(new Series("MRR", Palette.BLACK, values), "MRR", (v, d) -> String.format("$%,.0f", v), String::valueOf))
                .render());

        List<String> monthLabels = children(svg, "text").stream().map(Element::getTextContent).filter(months::contains).toList();
        assertThat(monthLabels).hasSizeLessThan(36).hasSizeGreaterThan(5).startsWith("2022-01");
        assertThat(children(svg, "rect").stream().filter(rect -> "bar".equals(rect.getAttribute("class")))).hasSize(72);
        SvgLayout.assertLabelsInside(svg);
    }

    @Test
    void longCategoryNamesAreShortened() throws Exception {
        String longName = "accounts_that_are_ready_for_a_plan_upgrade_and_renewal_within_sixty_days";

        Element svg = parse(new HorizontalBarChart("h", "t", "d", List.of(longName, "short"))
                .series(new Series("members", Palette.BLUE, List.of(120_000.0, 5.0)))
                .valueAxis("accounts", (v, d) -> String.format("%,.0f", v), v -> String.format("%,.0f", v))
                .render());

        assertThat(children(svg, "text")).extracting(Element::getTextContent).contains("accounts_that_are_ready_for\u2026");
        assertThat(children(svg, "title")).extracting(Element::getTextContent).contains(longName + " members: 120,000");
        SvgLayout.assertLabelsInside(svg);
    }

    @Test
    void negativeBarsExtendLeftOfZero() throws Exception {
        Element svg = parse(new HorizontalBarChart("h", "t", "d", List.of("up", "down"))
                .series(new Series("change", Palette.BLUE, List.of(30.0, -20.0)))
                .valueAxis("x", (v, d) -> String.valueOf(v), String::valueOf)
                .render());

        List<Element> bars = children(svg, "rect").stream().filter(rect -> "bar".equals(rect.getAttribute("class"))).toList();
        double upX = Double.parseDouble(bars.get(0).getAttribute("x"));
        double downX = Double.parseDouble(bars.get(1).getAttribute("x"));
        double downWidth = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(downX + downWidth).as("negative bar ends at zero").isCloseTo(upX, within(0.02));
        assertThat(Double.parseDouble(bars.get(0).getAttribute("width")) / downWidth).isCloseTo(1.5, within(0.01));
    }

    @Test
    void bulletChartDrawsWhatExists() throws Exception {
        Element svg = parse(new BulletChart("b", "t", "d", List.of(new BulletChart.Row("NRR", 1.05, null),
                new BulletChart.Row("GRR", null, 0.9), new BulletChart.Row("Expansion share", 0.21, 0.30)),
                "ratio", (v, d) -> String.format("%.1f%%", v * 100), v -> String.format("%.1f%%", v * 100)).render());

        assertThat(children(svg, "rect").stream().filter(rect -> "bar".equals(rect.getAttribute("class"))))
                .extracting(rect -> rect.getAttribute("data-category") + " " + rect.getAttribute("fill"))
                .containsExactly("NRR #0072B2", "Expansion share #E69F00");
        assertThat(children(svg, "line").stream().filter(line -> "target".equals(line.getAttribute("class")))).hasSize(2);
        assertThat(children(svg, "text")).extracting(Element::getTextContent)
                .contains("105.0%, no target", "not computed, target 90.0%", "21.0%, target 30.0%");
        SvgLayout.assertLabelsInside(svg);
    }

    @Test
    void categoryLabelsAreEscaped() throws Exception {
        String svg = new HorizontalBarChart("h", "<t>", "d & e", List.of("<script>x</script>"))
                .series(new Series("a\"b", Palette.BLUE, List.of(1.0)))
                .render();

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;x&lt;/script&gt;").contains("a&quot;b").contains("d &amp; e");
        parse(svg);
    }

    @Test
    void stackedChartRejectsNegativeMagnitudes() {
        StackedBarChart chart = new StackedBarChart("c", "t", "d", List.of("2024-01"));

        assertThatThrownBy(() -> chart.up(new Series("churn", Palette.BLUE, List.of(-5.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative value -5.0 for 2024-01");
    }

    @Test
    void seriesLengthMustMatchCategories() {
        StackedBarChart chart = new StackedBarChart("c", "t", "d", List.of("2024-01", "2024-02"));

        assertThatThrownBy(() -> chart.up(new Series("new", Palette.BLUE, List.of(1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 1 values for 2 categories");
    }
}
