package io.idem.report.chart;

import io.idem.report.html.Html;
import java.util.List;
import java.util.Locale;

/**
 * A small writer of inline SVG markup. Every text and attribute value is escaped with
 * {@link Html#escape(String)}; coordinates are written with two decimals and a dot separator
 * whatever the default locale.
 */
final class Svg {

    /** Average advance of a character at the 12 px chart font, used to lay out labels without font metrics. */
    static final double CHARACTER_WIDTH = 6.6;

    private final StringBuilder out = new StringBuilder();

    /**
     * Opens an {@code <svg>} element with an accessible name: the {@code <title>} and
     * {@code <desc>} children are referenced from {@code aria-labelledby}, and {@code aria-label}
     * repeats the title for readers that ignore the reference.
     */
    Svg(String id, double width, double height, String title, String description) {
        String titleId = id + "-title";
        String descriptionId = id + "-desc";
        out.append("<svg id=\"").append(Html.escape(id)).append("\" class=\"chart\" viewBox=\"0 0 ")
                .append(number(width)).append(' ').append(number(height))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" aria-labelledby=\"").append(Html.escape(titleId)).append(' ').append(Html.escape(descriptionId)).append("\">\n")
                .append("<title id=\"").append(Html.escape(titleId)).append("\">").append(Html.escape(title)).append("</title>\n")
                .append("<desc id=\"").append(Html.escape(descriptionId)).append("\">").append(Html.escape(description)).append("</desc>\n");
    }

    /**
     * Adds a data bar. The {@code data-*} attributes carry the series, category and raw value so
     * that tests and tools can read the chart back; the child {@code <title>} is the tooltip.
     */
    Svg bar(double x, double y, double width, double height, String fill, String series, String category, double value, String tooltip) {
        out.append("<rect class=\"bar\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"").append(Html.escape(fill))
                .append("\" data-series=\"").append(Html.escape(series))
                .append("\" data-category=\"").append(Html.escape(category))
                .append("\" data-value=\"").append(rawValue(value)).append("\">")
                .append("<title>").append(Html.escape(tooltip)).append("</title></rect>\n");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"").append(Html.escape(fill)).append("\"/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String cssClass) {
        out.append("<line class=\"").append(Html.escape(cssClass)).append("\" x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\" stroke=\"").append(Html.escape(stroke)).append("\" stroke-width=\"").append(number(strokeWidth)).append("\"/>\n");
        return this;
    }

    /** Adds a text label; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text class=\"").append(Html.escape(cssClass)).append("\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" text-anchor=\"").append(Html.escape(anchor)).append("\">").append(Html.escape(text)).append("</text>\n");
        return this;
    }

    /** Adds an open line through the points, each given as {x, y}. */
    Svg polyline(List<double[]> points, String stroke, double strokeWidth, String series) {
        out.append("<polyline class=\"line\" fill=\"none\" stroke=\"").append(Html.escape(stroke))
                .append("\" stroke-width=\"").append(number(strokeWidth))
                .append("\" data-series=\"").append(Html.escape(series)).append("\" points=\"");
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            out.append(i == 0 ? "" : " ").append(number(point[0])).append(',').append(number(point[1]));
        }
        out.append("\"/>\n");
        return this;
    }

    /** Adds a data point marker with the same {@code data-*} attributes as {@link #bar}. */
    Svg point(double x, double y, String fill, String series, String category, double value, String tooltip) {
        out.append("<circle class=\"point\" cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                .append("\" r=\"3\" fill=\"").append(Html.escape(fill))
                .append("\" data-series=\"").append(Html.escape(series))
                .append("\" data-category=\"").append(Html.escape(category))
                .append("\" data-value=\"").append(rawValue(value)).append("\">")
                .append("<title>").append(Html.escape(tooltip)).append("</title></circle>\n");
        return this;
    }

    String close() {
        out.append("</svg>\n");
        return out.toString();
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }

    /** Returns the label cut to {@code maxCharacters} with an ellipsis, so long names keep the plot area free. */
    static String shorten(String label, int maxCharacters) {
        if (label.length() <= maxCharacters) {
            return label;
        }
        return label.substring(0, Math.max(1, maxCharacters - 1)) + "\u2026";
    }

    private static String rawValue(double value) {
        return Double.toString(value);
    }
}
