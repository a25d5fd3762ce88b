package io.idem.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis range with round tick steps, from the loose labelling algorithm of Paul Heckbert,
 * "Nice Numbers for Graph Labels", gem II.2 of Graphics Gems (Academic Press, 1990). The step is
 * 1, 2 or 5 times a power of ten, and the range is widened outwards to whole steps, so 0..97 with
 * five ticks gives 0, 20, 40, 60, 80, 100.
 *
 * @param min the lowest tick, at or below the lowest data value
 * @param max the highest tick, at or above the highest data value
 * @param step the distance between ticks, positive
 */
public record NiceScale(double min, double max, double step) {

    public NiceScale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("scale bounds must be finite: min " + min + ", max " + max + ", step " + step);
        }
        if (step <= 0 || max <= min) {
            throw new IllegalArgumentException("scale needs min < max and a positive step: min " + min + ", max " + max + ", step " + step);
        }
    }

    /**
     * Returns a scale that covers {@code low..high} with about {@code tickCount} ticks. An empty
     * range is widened to one unit around the value (0..1 for zero), because a chart needs a height.
     */
    public static NiceScale covering(double low, double high, int tickCount) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("data range must be finite: " + low + ".." + high);
        }
        if (tickCount < 2) {
            throw new IllegalArgumentException("a scale needs at least 2 ticks, got " + tickCount);
        }

        double lo = Math.min(low, high);
        double hi = Math.max(low, high);
        if (lo == hi) {
            lo = lo == 0 ? 0 : lo - Math.abs(lo) / 2;
            hi = hi == 0 ? 1 : hi + Math.abs(hi) / 2;
        }

        // Heckbert's loose labelling: a nice range first, then a nice step within it (rounded).
        double range = niceNumber(hi - lo, false);
        double step = niceNumber(range / (tickCount - 1), true);
        // The tolerance keeps 1.1 / 0.1 = 11.000000000000002 from adding an empty step.
        double niceMin = Math.floor(lo / step + 1e-9) * step;
        double niceMax = Math.ceil(hi / step - 1e-9) * step;
        return new NiceScale(niceMin, niceMax, step);
    }

    /**
     * Returns a nice number near {@code x}: 1, 2, 5 or 10 times a power of ten. With
     * {@code round} the nearest such number, else the smallest one at or above {@code x}.
     */
    static double niceNumber(double x, boolean round) {
        int exponent = (int) Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        double[] limits = round ? new double[] {1.5, 3, 7} : new double[] {1, 2, 5};
        double[] niceFractions = {1, 2, 5};
        double niceFraction = 10;
        for (int i = limits.length - 1; i >= 0; i--) {
            boolean below = round ? fraction < limits[i] : fraction <= limits[i];
            if (below) {
                niceFraction = niceFractions[i];
            }
        }
        return niceFraction * Math.pow(10, exponent);
    }

    /** Returns the ticks from min to max inclusive, each rounded to the step's precision. */
    public List<Double> ticks() {
        long count = Math.round((max - min) / step);
        List<Double> ticks = new ArrayList<>();
        for (long i = 0; i <= count; i++) {
            ticks.add(roundToStep(min + i * step));
        }
        return ticks;
    }

    /** Returns the number of fraction digits needed to print every tick exactly: 0 for a step of 20, 1 for 0.5. */
    public int fractionDigits() {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    /** Returns where {@code value} lies between min (0) and max (1); values outside the range fall outside 0..1. */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    private double roundToStep(double value) {
        double scale = Math.pow(10, fractionDigits());
        double rounded = Math.round(value * scale) / scale;
        return rounded == 0 ? 0.0 : rounded;
    }
}
