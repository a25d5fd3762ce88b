package io.idem.report.chart;

import java.util.List;

/**
 * Draws axes with labelled ticks: value axes from a {@link NiceScale}, with light grid lines
 * across the plot, and category axes with one label per band, thinned when labels would overlap.
 */
final class Axis {

    static final String AXIS_COLOUR = "#444444";
    static final String GRID_COLOUR = "#dddddd";

    private Axis() {
    }

    /** Draws a vertical value axis on the left of the plot with horizontal grid lines and a unit label above it. */
    static void left(Svg svg, PlotArea plot, NiceScale scale, TickFormat format, String unitLabel) {
        for (double tick : scale.ticks()) {
            double y = plot.yOf(scale, tick);
            svg.line(plot.x(), y, plot.right(), y, GRID_COLOUR, 1, "grid");
            svg.line(plot.x() - 4, y, plot.x(), y, AXIS_COLOUR, 1, "tick");
            svg.text(plot.x() - 7, y + 4, "end", "tick-label", format.format(tick, scale.fractionDigits()));
        }
        svg.line(plot.x(), plot.y(), plot.x(), plot.bottom(), AXIS_COLOUR, 1, "axis");
        svg.text(4, plot.y() - 12, "start", "axis-label", unitLabel);
    }

    /** Draws a vertical value axis on the right of the plot, for a second series such as a line overlay; no grid lines. */
    static void right(Svg svg, PlotArea plot, double chartWidth, NiceScale scale, TickFormat format, String unitLabel) {
        for (double tick : scale.ticks()) {
            double y = plot.yOf(scale, tick);
            svg.line(plot.right(), y, plot.right() + 4, y, AXIS_COLOUR, 1, "tick");
            svg.text(plot.right() + 7, y + 4, "start", "tick-label", format.format(tick, scale.fractionDigits()));
        }
        svg.line(plot.right(), plot.y(), plot.right(), plot.bottom(), AXIS_COLOUR, 1, "axis");
        svg.text(chartWidth - 4, plot.y() - 12, "end", "axis-label", unitLabel);
    }

    /** Draws a horizontal value axis below the plot with vertical grid lines and a unit label under the ticks. */
    static void bottom(Svg svg, PlotArea plot, NiceScale scale, TickFormat format, String unitLabel) {
        for (double tick : scale.ticks()) {
            double x = plot.xOf(scale, tick);
            svg.line(x, plot.y(), x, plot.bottom(), GRID_COLOUR, 1, "grid");
            svg.line(x, plot.bottom(), x, plot.bottom() + 4, AXIS_COLOUR, 1, "tick");
            svg.text(x, plot.bottom() + 17, "middle", "tick-label", format.format(tick, scale.fractionDigits()));
        }
        svg.line(plot.x(), plot.bottom(), plot.right(), plot.bottom(), AXIS_COLOUR, 1, "axis");
        svg.text(plot.x() + plot.width() / 2, plot.bottom() + 34, "middle", "axis-label", unitLabel);
    }

    /**
     * Draws category labels centred under equal bands along the bottom of the plot. When the labels
     * would overlap, only every k-th is drawn, always starting with the first.
     */
    static void categoriesBottom(Svg svg, PlotArea plot, List<String> categories, double baselineY) {
        int count = categories.size();
        double band = plot.width() / count;
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        double labelWidth = Math.min(longest, 18) * Svg.CHARACTER_WIDTH + 8;
        int every = Math.max(1, (int) Math.ceil(labelWidth / band));

        svg.line(plot.x(), baselineY, plot.right(), baselineY, AXIS_COLOUR, 1, "axis");
        for (int i = 0; i < count; i += every) {
            double x = plot.x() + band * (i + 0.5);
            svg.line(x, plot.bottom(), x, plot.bottom() + 4, AXIS_COLOUR, 1, "tick");
            svg.text(x, plot.bottom() + 17, "middle", "tick-label", Svg.shorten(categories.get(i), 18));
        }
    }

    /** Draws category labels right-aligned to the left of equal horizontal bands, cut to {@code maxCharacters}. */
    static void categoriesLeft(Svg svg, PlotArea plot, List<String> categories, int maxCharacters) {
        double band = plot.height() / categories.size();
        for (int i = 0; i < categories.size(); i++) {
            double y = plot.y() + band * (i + 0.5);
            svg.text(plot.x() - 8, y + 4, "end", "tick-label", Svg.shorten(categories.get(i), maxCharacters));
        }
        svg.line(plot.x(), plot.y(), plot.x(), plot.bottom(), AXIS_COLOUR, 1, "axis");
    }
}
