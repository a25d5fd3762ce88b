package io.idem.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Layout checks on rendered charts, standing in for looking at them where no browser is installed. */
public final class SvgLayout {

    /** Font sizes of the report stylesheet by text class; 0.6 em per character over-estimates most sans-serif text. */
    private static final Map<String, Double> FONT_SIZES = Map.of("tick-label", 11.0, "axis-label", 11.0, "value-label", 10.0, "legend-label", 12.0);

    private SvgLayout() {
    }

    /** Asserts that every text label of the chart, at its estimated width, lies inside the chart's view box. */
    public static void assertLabelsInside(Element svg) {
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double x = Double.parseDouble(text.getAttribute("x"));
            double y = Double.parseDouble(text.getAttribute("y"));
            double estimated = text.getTextContent().length() * 0.6 * FONT_SIZES.getOrDefault(text.getAttribute("class"), 12.0);
            double left = switch (text.getAttribute("text-anchor")) {
                case "end" -> x - estimated;
                case "middle" -> x - estimated / 2;
                default -> x;
            };
            assertThat(left).as("left edge of '%s' in %s", text.getTextContent(), svg.getAttribute("id")).isGreaterThanOrEqualTo(0);
            assertThat(left + estimated).as("right edge of '%s' in %s", text.getTextContent(), svg.getAttribute("id")).isLessThanOrEqualTo(width);
            assertThat(y).as("baseline of '%s' in %s", text.getTextContent(), svg.getAttribute("id")).isBetween(8.0, height);
        }
    }
}
