package io.idem.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A bullet chart: one row per measure, a bar for the actual value and a short thick line for the
 * target. A row may lack a value or a target. It then draws what exists and labels the gap as
 * "not computed" or "no target".
 */
public final class BulletChart {

    private static final double WIDTH = 760;
    private static final double ROW_HEIGHT = 34;
    private static final double LEFT_MARGIN = 150;
    private static final String MEETS_TARGET = Palette.GREEN;
    private static final String BELOW_TARGET = Palette.ORANGE;
    private static final String NO_TARGET = Palette.BLUE;

    /**
     * One measure of the chart.
     *
     * @param label the row label
     * @param value the actual value, or {@code null} when it could not be computed
     * @param target the target, or {@code null} when there is none
     */
    public record Row(String label, Double value, Double target) {
        public Row {
            requireNonNull(label, "label is null");
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException("value of '" + label + "' must be finite, got " + value);
            }
            if (target != null && !Double.isFinite(target)) {
                throw new IllegalArgumentException("target of '" + label + "' must be finite, got " + target);
            }
        }
    }

    private final String id;
    private final String title;
    private final String description;
    private final List<Row> rows;
    private final String unitLabel;
    private final TickFormat tickFormat;
    private final DoubleFunction<String> valueFormat;

    public BulletChart(String id, String title, String description, List<Row> rows, String unitLabel, TickFormat tickFormat,
            DoubleFunction<String> valueFormat) {
        this.id = requireNonNull(id, "id is null");
        this.title = requireNonNull(title, "title is null");
        this.description = requireNonNull(description, "description is null");
        this.rows = List.copyOf(rows);
        this.unitLabel = requireNonNull(unitLabel, "unitLabel is null");
        this.tickFormat = requireNonNull(tickFormat, "tickFormat is null");
        this.valueFormat = requireNonNull(valueFormat, "valueFormat is null");
        if (this.rows.isEmpty()) {
            throw new IllegalArgumentException("bullet chart '" + id + "' needs at least one row");
        }
    }

    public String render() {
        List<Legend.Entry> legend = List.of(
                new Legend.Entry("actual, at or above target", MEETS_TARGET, Legend.Mark.SWATCH),
                new Legend.Entry("actual, below target", BELOW_TARGET, Legend.Mark.SWATCH),
                new Legend.Entry("actual, no target", NO_TARGET, Legend.Mark.SWATCH),
                new Legend.Entry("target", Palette.BLACK, Legend.Mark.LINE));
        double legendHeight = Legend.lineCount(legend, WIDTH - 8) * Legend.LINE_HEIGHT;
        PlotArea plot = new PlotArea(LEFT_MARGIN, legendHeight + 24, WIDTH - LEFT_MARGIN - 170, ROW_HEIGHT * rows.size());

        NiceScale scale = scale();
        Svg svg = new Svg(id, WIDTH, plot.bottom() + 44, title, description);
        Legend.draw(svg, legend, 4, 16, WIDTH - 8);
        Axis.bottom(svg, plot, scale, tickFormat, unitLabel);
        Axis.categoriesLeft(svg, plot, rows.stream().map(Row::label).toList(), 22);
        for (int i = 0; i < rows.size(); i++) {
            drawRow(svg, plot, scale, rows.get(i), plot.y() + ROW_HEIGHT * i);
        }
        return svg.close();
    }

    private void drawRow(Svg svg, PlotArea plot, NiceScale scale, Row row, double top) {
        double zero = plot.xOf(scale, 0);
        double barTop = top + ROW_HEIGHT * 0.3;
        double barHeight = ROW_HEIGHT * 0.4;
        List<String> notes = new ArrayList<>();

        if (row.value() != null) {
            double end = plot.xOf(scale, row.value());
            String colour = row.target() == null ? NO_TARGET : row.value() >= row.target() ? MEETS_TARGET : BELOW_TARGET;
            String tooltip = row.label() + ": " + valueFormat.apply(row.value());
            svg.bar(Math.min(zero, end), barTop, Math.abs(end - zero), barHeight, colour, "actual", row.label(), row.value(), tooltip);
            notes.add(valueFormat.apply(row.value()));
        } else {
            notes.add("not computed");
        }
        if (row.target() != null) {
            double x = plot.xOf(scale, row.target());
            svg.line(x, top + ROW_HEIGHT * 0.15, x, top + ROW_HEIGHT * 0.85, Palette.BLACK, 3, "target");
            notes.add("target " + valueFormat.apply(row.target()));
        } else {
            notes.add("no target");
        }
        svg.text(plot.right() + 6, top + ROW_HEIGHT / 2 + 4, "start", "value-label", String.join(", ", notes));
    }

    private NiceScale scale() {
        double low = 0;
        double high = 0;
        for (Row row : rows) {
            for (Double number : new Double[] {row.value(), row.target()}) {
                if (number != null) {
                    low = Math.min(low, number);
                    high = Math.max(high, number);
                }
            }
        }
        return NiceScale.covering(low, high, 6);
    }
}
