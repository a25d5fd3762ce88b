package io.idem.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart with one band per category and, when several series are added, one bar
 * per series side by side in each band. Horizontal bars leave room for long category names such
 * as segment or trigger names. An optional reference line marks a value such as lift 1.
 */
public final class HorizontalBarChart {

    private static final double WIDTH = 760;
    private static final double BAR_HEIGHT = 14;
    private static final double BAND_PADDING = 10;
    private static final int MAX_LABEL_CHARACTERS = 28;

    private final String id;
    private final String title;
    private final String description;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private String unitLabel = "";
    private TickFormat tickFormat = (value, digits) -> String.valueOf(value);
    private DoubleFunction<String> valueFormat = String::valueOf;
    private Double referenceValue;
    private String referenceLabel;

    /** Starts a chart; {@code id} must be unique in the page because the accessible name refers to it. */
    public HorizontalBarChart(String id, String title, String description, List<String> categories) {
        this.id = requireNonNull(id, "id is null");
        this.title = requireNonNull(title, "title is null");
        this.description = requireNonNull(description, "description is null");
        this.categories = List.copyOf(categories);
        if (this.categories.isEmpty()) {
            throw new IllegalArgumentException("chart '" + id + "' needs at least one category");
        }
    }

    public HorizontalBarChart series(Series added) {
        if (added.values().size() != categories.size()) {
            throw new IllegalArgumentException("series '" + added.name() + "' has " + added.values().size()
                    + " values for " + categories.size() + " categories in chart '" + id + "'");
        }
        series.add(added);
        return this;
    }

    /** Sets the label and formats of the value axis and of the bar labels. */
    public HorizontalBarChart valueAxis(String unit, TickFormat ticks, DoubleFunction<String> values) {
        this.unitLabel = requireNonNull(unit, "unit is null");
        this.tickFormat = requireNonNull(ticks, "ticks is null");
        this.valueFormat = requireNonNull(values, "values is null");
        return this;
    }

    /** Adds a dashed vertical line at {@code value}, labelled in the legend. */
    public HorizontalBarChart reference(double value, String label) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference value must be finite, got " + value);
        }
        this.referenceValue = value;
        this.referenceLabel = requireNonNull(label, "label is null");
        return this;
    }

    public String render() {
        if (series.isEmpty()) {
            throw new IllegalStateException("chart '" + id + "' has no series");
        }

        List<Legend.Entry> legend = legendEntries();
        double legendHeight = Legend.lineCount(legend, WIDTH - 8) * Legend.LINE_HEIGHT;
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        double leftMargin = Math.max(80, Math.min(longest, MAX_LABEL_CHARACTERS) * Svg.CHARACTER_WIDTH + 16);
        double band = BAR_HEIGHT * series.size() + BAND_PADDING;
        PlotArea plot = new PlotArea(leftMargin, legendHeight + 24, WIDTH - leftMargin - 70, band * categories.size());
        double height = plot.bottom() + 44;

        NiceScale scale = scale();
        Svg svg = new Svg(id, WIDTH, height, title, description);
        Legend.draw(svg, legend, 4, 16, WIDTH - 8);
        Axis.bottom(svg, plot, scale, tickFormat, unitLabel);
        Axis.categoriesLeft(svg, plot, categories, MAX_LABEL_CHARACTERS);
        drawBars(svg, plot, scale, band);
        if (referenceValue != null) {
            double x = plot.xOf(scale, referenceValue);
            svg.line(x, plot.y() - 4, x, plot.bottom(), Palette.BLACK, 1.5, "reference");
        }
        return svg.close();
    }

    private void drawBars(Svg svg, PlotArea plot, NiceScale scale, double band) {
        double zero = plot.xOf(scale, 0);
        for (int i = 0; i < categories.size(); i++) {
            double top = plot.y() + band * i + BAND_PADDING / 2;
            for (int s = 0; s < series.size(); s++) {
                Series current = series.get(s);
                double value = current.value(i);
                double end = plot.xOf(scale, value);
                double y = top + s * BAR_HEIGHT;
                String label = valueFormat.apply(value);
                String tooltip = categories.get(i) + " " + current.name() + ": " + label;
                svg.bar(Math.min(zero, end), y, Math.abs(end - zero), BAR_HEIGHT - 2, current.colour(), current.name(), categories.get(i), value, tooltip);
                double labelX = value >= 0 ? Math.max(zero, end) + 4 : Math.min(zero, end) - 4;
                svg.text(labelX, y + BAR_HEIGHT - 4, value >= 0 ? "start" : "end", "value-label", label);
            }
        }
    }

    private NiceScale scale() {
        double low = 0;
        double high = 0;
        for (Series current : series) {
            for (double value : current.values()) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (referenceValue != null) {
            low = Math.min(low, referenceValue);
            high = Math.max(high, referenceValue);
        }
        return NiceScale.covering(low, high, 6);
    }

    private List<Legend.Entry> legendEntries() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Series current : series) {
            entries.add(new Legend.Entry(current.name(), current.colour(), Legend.Mark.SWATCH));
        }
        if (referenceValue != null) {
            entries.add(new Legend.Entry(referenceLabel, Palette.BLACK, Legend.Mark.LINE));
        }
        return entries;
    }
}
