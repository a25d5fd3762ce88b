package io.idem.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A vertical stacked bar chart with one bar per category. Upward series stack above zero and
 * downward series stack below it, so increases and decreases of the same period read as one
 * diverging bar. Every bar's height is proportional to its value on a single {@link NiceScale}.
 * An optional {@link LineOverlay} adds a line on a right-hand axis.
 */
public final class StackedBarChart {

    private static final double WIDTH = 760;
    private static final double PLOT_HEIGHT = 260;
    private static final double LEFT_MARGIN = 88;
    private static final double BAR_FILL = 0.7;

    private final String id;
    private final String title;
    private final String description;
    private final List<String> categories;
    private final List<Series> upward = new ArrayList<>();
    private final List<Series> downward = new ArrayList<>();
    private String unitLabel = "";
    private TickFormat tickFormat = (value, digits) -> String.valueOf(value);
    private DoubleFunction<String> valueFormat = String::valueOf;
    private LineOverlay line;

    /** Starts a chart; {@code id} must be unique in the page because the accessible name refers to it. */
    public StackedBarChart(String id, String title, String description, List<String> categories) {
        this.id = requireNonNull(id, "id is null");
        this.title = requireNonNull(title, "title is null");
        this.description = requireNonNull(description, "description is null");
        this.categories = List.copyOf(categories);
        if (this.categories.isEmpty()) {
            throw new IllegalArgumentException("chart '" + id + "' needs at least one category");
        }
    }

    /** Adds a series stacked above zero; its values must be non-negative magnitudes. */
    public StackedBarChart up(Series series) {
        upward.add(checked(series));
        return this;
    }

    /** Adds a series stacked below zero; its values must be non-negative magnitudes and are drawn downwards. */
    public StackedBarChart down(Series series) {
        downward.add(checked(series));
        return this;
    }

    /** Sets the label and formats of the left value axis and of the bar tooltips. */
    public StackedBarChart valueAxis(String unit, TickFormat ticks, DoubleFunction<String> values) {
        this.unitLabel = requireNonNull(unit, "unit is null");
        this.tickFormat = requireNonNull(ticks, "ticks is null");
        this.valueFormat = requireNonNull(values, "values is null");
        return this;
    }

    public StackedBarChart line(LineOverlay overlay) {
        if (overlay.series().values().size() != categories.size()) {
            throw new IllegalArgumentException("line '" + overlay.series().name() + "' has " + overlay.series().values().size()
                    + " values for " + categories.size() + " categories");
        }
        this.line = overlay;
        return this;
    }

    public String render() {
        List<Legend.Entry> legend = legendEntries();
        double legendHeight = Legend.lineCount(legend, WIDTH - 8) * Legend.LINE_HEIGHT;
        double rightMargin = line == null ? 24 : LEFT_MARGIN;
        PlotArea plot = new PlotArea(LEFT_MARGIN, legendHeight + 40, WIDTH - LEFT_MARGIN - rightMargin, PLOT_HEIGHT);
        double height = plot.bottom() + 30;

        NiceScale scale = NiceScale.covering(-maxTotal(downward), maxTotal(upward), 6);
        Svg svg = new Svg(id, WIDTH, height, title, description);
        Legend.draw(svg, legend, 4, 16, WIDTH - 8);
        Axis.left(svg, plot, scale, tickFormat, unitLabel);

        drawStacks(svg, plot, scale, upward, 1);
        drawStacks(svg, plot, scale, downward, -1);
        Axis.categoriesBottom(svg, plot, categories, plot.yOf(scale, 0));
        if (line != null) {
            line.draw(svg, plot, WIDTH, categories);
        }
        return svg.close();
    }

    /** Draws one stack per category; {@code direction} is 1 for upward series and -1 for downward ones. */
    private void drawStacks(Svg svg, PlotArea plot, NiceScale scale, List<Series> stack, int direction) {
        double band = plot.width() / categories.size();
        double barWidth = band * BAR_FILL;
        for (int i = 0; i < categories.size(); i++) {
            double base = 0;
            double x = plot.x() + band * i + (band - barWidth) / 2;
            for (Series series : stack) {
                double value = series.value(i);
                if (value == 0) {
                    continue;
                }
                double from = plot.yOf(scale, direction * base);
                double to = plot.yOf(scale, direction * (base + value));
                String tooltip = categories.get(i) + " " + series.name() + ": " + valueFormat.apply(direction * value);
                svg.bar(x, Math.min(from, to), barWidth, Math.abs(to - from), series.colour(), series.name(), categories.get(i), value, tooltip);
                base += value;
            }
        }
    }

    private double maxTotal(List<Series> stack) {
        double max = 0;
        for (int i = 0; i < categories.size(); i++) {
            double total = 0;
            for (Series series : stack) {
                total += series.value(i);
            }
            max = Math.max(max, total);
        }
        return max;
    }

    private List<Legend.Entry> legendEntries() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Series series : upward) {
            entries.add(new Legend.Entry(series.name(), series.colour(), Legend.Mark.SWATCH));
        }
        for (Series series : downward) {
            entries.add(new Legend.Entry(series.name() + " (down)", series.colour(), Legend.Mark.SWATCH));
        }
        if (line != null) {
            entries.add(new Legend.Entry(line.series().name() + " (right axis)", line.series().colour(), Legend.Mark.LINE));
        }
        return entries;
    }

    private Series checked(Series series) {
        if (series.values().size() != categories.size()) {
            throw new IllegalArgumentException("series '" + series.name() + "' has " + series.values().size()
                    + " values for " + categories.size() + " categories in chart '" + id + "'");
        }
        for (int i = 0; i < categories.size(); i++) {
            if (series.value(i) < 0) {
                throw new IllegalArgumentException("series '" + series.name() + "' has a negative value " + series.value(i)
                        + " for " + categories.get(i) + "; stacked values are magnitudes, so pass it with up() or down() instead");
            }
        }
        return series;
    }
}
