package io.idem.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line drawn over a category chart on its own right-hand axis, for a level (such as month-end
 * MRR) whose size differs from the bars' (such as monthly movements).
 *
 * @param series the values, one per category of the chart
 * @param unitLabel the right axis label
 * @param tickFormat formats the right axis ticks
 * @param valueFormat formats a value in a tooltip
 */
public record LineOverlay(Series series, String unitLabel, TickFormat tickFormat, DoubleFunction<String> valueFormat) {

    public LineOverlay {
        requireNonNull(series, "series is null");
        requireNonNull(unitLabel, "unitLabel is null");
        requireNonNull(tickFormat, "tickFormat is null");
        requireNonNull(valueFormat, "valueFormat is null");
    }

    /** Returns the right axis scale: from zero (or the lowest value when negative) to the highest value. */
    NiceScale scale() {
        double low = series.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = series.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return NiceScale.covering(Math.min(0, low), Math.max(0, high), 6);
    }

    /** Draws the right axis, the line through the band centres and a marker with a tooltip at each point. */
    void draw(Svg svg, PlotArea plot, double chartWidth, List<String> categories) {
        NiceScale scale = scale();
        Axis.right(svg, plot, chartWidth, scale, tickFormat, unitLabel);

        double band = plot.width() / categories.size();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            points.add(new double[] {plot.x() + band * (i + 0.5), plot.yOf(scale, series.value(i))});
        }
        svg.polyline(points, series.colour(), 2.5, series.name());
        for (int i = 0; i < categories.size(); i++) {
            double[] point = points.get(i);
            String tooltip = categories.get(i) + " " + series.name() + ": " + valueFormat.apply(series.value(i));
            svg.point(point[0], point[1], series.colour(), series.name(), categories.get(i), series.value(i), tooltip);
        }
    }
}
