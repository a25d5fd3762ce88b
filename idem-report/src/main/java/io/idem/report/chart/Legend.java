package io.idem.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Draws a legend of coloured swatches or line samples in a row, wrapping onto further lines when it runs out of width. */
final class Legend {

    /** The shape of an entry's sample. */
    enum Mark { SWATCH, LINE }

    record Entry(String label, String colour, Mark mark) {
        Entry {
            requireNonNull(label, "label is null");
            requireNonNull(colour, "colour is null");
            requireNonNull(mark, "mark is null");
        }
    }

    static final double LINE_HEIGHT = 18;

    private Legend() {
    }

    /** Returns the number of lines the legend needs within {@code width}. */
    static int lineCount(List<Entry> entries, double width) {
        return layout(null, entries, 0, 0, width);
    }

    /** Draws the legend with its first line's baseline at {@code y}, starting at {@code x}. */
    static void draw(Svg svg, List<Entry> entries, double x, double y, double width) {
        layout(svg, entries, x, y, width);
    }

    private static int layout(Svg svg, List<Entry> entries, double x, double y, double width) {
        double cursor = x;
        int lines = entries.isEmpty() ? 0 : 1;
        for (Entry entry : entries) {
            String label = Svg.shorten(entry.label(), 30);
            double entryWidth = 18 + label.length() * Svg.CHARACTER_WIDTH + 16;
            if (cursor > x && cursor + entryWidth > x + width) {
                cursor = x;
                lines++;
            }
            if (svg != null) {
                double baseline = y + (lines - 1) * LINE_HEIGHT;
                switch (entry.mark()) {
                    case SWATCH -> svg.rect(cursor, baseline - 10, 12, 12, entry.colour());
                    case LINE -> svg.line(cursor, baseline - 4, cursor + 12, baseline - 4, entry.colour(), 2.5, "legend-line");
                }
                svg.text(cursor + 18, baseline, "start", "legend-label", label);
            }
            cursor += entryWidth;
        }
        return lines;
    }
}
