package io.idem.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named series of values, one per category of the chart it belongs to, drawn in one colour.
 *
 * @param name the legend label
 * @param colour a CSS colour such as {@code #0072B2}
 * @param values one finite value per category
 */
public record Series(String name, String colour, List<Double> values) {

    public Series {
        requireNonNull(name, "name is null");
        requireNonNull(colour, "colour is null");
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            if (!Double.isFinite(values.get(i))) {
                throw new IllegalArgumentException("series '" + name + "' has a non-finite value at position " + i + ": " + values.get(i));
            }
        }
    }

    double value(int category) {
        return values.get(category);
    }
}
