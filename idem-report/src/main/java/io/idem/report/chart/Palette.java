package io.idem.report.chart;

import java.util.List;

/**
 * Chart colours from the Okabe-Ito palette of Masataka Okabe and Kei Ito, chosen because its
 * colours were designed to stay distinguishable with the common forms of colour blindness. The
 * series cycle uses a grey in place of the palette's black, which the charts keep for lines and
 * target markers.
 */
public final class Palette {

    public static final String ORANGE = "#E69F00";
    public static final String SKY_BLUE = "#56B4E9";
    public static final String GREEN = "#009E73";
    public static final String YELLOW = "#F0E442";
    public static final String BLUE = "#0072B2";
    public static final String VERMILLION = "#D55E00";
    public static final String PURPLE = "#CC79A7";
    public static final String BLACK = "#000000";
    public static final String GREY = "#8C8C8C";

    private static final List<String> CYCLE = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, YELLOW, GREY);

    private Palette() {
    }

    /**
     * Returns the colour for the i-th series of a chart.
     *
     * <p>NOTE: past eight series the colours repeat, so a chart with more series needs its data table to tell them apart.
     */
    public static String colour(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("series index must be non-negative, got " + index);
        }
        return CYCLE.get(index % CYCLE.size());
    }
}
