package io.idem.report.chart;

/** The rectangle inside a chart where data is drawn, in SVG user units with y growing downwards. */
record PlotArea(double x, double y, double width, double height) {

    PlotArea {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("plot area must have a positive size: " + width + " x " + height);
        }
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    /** Returns the y coordinate of {@code value} on a vertical scale running from bottom (min) to top (max). */
    double yOf(NiceScale scale, double value) {
        return bottom() - scale.fraction(value) * height;
    }

    /** Returns the x coordinate of {@code value} on a horizontal scale running from left (min) to right (max). */
    double xOf(NiceScale scale, double value) {
        return x + scale.fraction(value) * width;
    }
}
