package io.idem.report;

import io.idem.report.chart.NiceScale;
import io.idem.report.chart.Palette;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An MRR waterfall over the last 12 months of movements.csv: MRR at the start, each movement as a
 * step up (new, expansion, reactivation) or down (contraction, churn), and MRR at the end.
 */
final class WaterfallSection implements Section {

    static final String FILE = "revenue/movements.csv";
    private static final List<String> COLUMNS = List.of("month", "new", "expansion", "contraction", "churn", "reactivation", "mrr");
    private static final int MONTHS = 12;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int LEFT = 90;
    private static final int BOTTOM = 50;
    private static final int TOP = 20;

    @Override
    public String id() {
        return "waterfall";
    }

    @Override
    public String title() {
        return "MRR waterfall";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }
            List<CsvRow> rows = table.get().rows();
            if (rows.isEmpty()) {
                return Html.paragraph("notice", "No months in " + FILE + ".");
            }
            int first = Math.max(0, rows.size() - MONTHS);
            double start = first == 0 ? 0 : rows.get(first - 1).nonNegative("mrr");
            double[] steps = new double[5];
            String[] names = {"new", "expansion", "reactivation", "contraction", "churn"};
            for (CsvRow row : rows.subList(first, rows.size())) {
                for (int i = 0; i < names.length; i++) {
                    steps[i] += row.nonNegative(names[i]);
                }
            }
            double end = rows.get(rows.size() - 1).nonNegative("mrr");
            String period = rows.get(first).text("month") + " to " + rows.get(rows.size() - 1).text("month");
            Formats formats = context.formats();
            return "<figure>\n" + svg(start, steps, end, period, formats) + "<figcaption>MRR waterfall, " + Html.escape(period)
                    + "</figcaption>\n</figure>\n" + table(start, steps, end, names, formats);
        });
    }

    private static String svg(double start, double[] steps, double end, String period, Formats formats) {
        String[] labels = {"MRR at start", "new", "expansion", "reactivation", "contraction", "churn", "MRR at end"};
        double[] low = new double[7];
        double[] high = new double[7];
        low[0] = 0;
        high[0] = start;
        double level = start;
        for (int i = 0; i < 5; i++) {
            double next = i < 3 ? level + steps[i] : level - steps[i];
            low[i + 1] = Math.min(level, next);
            high[i + 1] = Math.max(level, next);
            level = next;
        }
        low[6] = 0;
        high[6] = end;
        double top = 0;
        for (double value : high) {
            top = Math.max(top, value);
        }
        NiceScale scale = NiceScale.covering(0, top <= 0 ? 1 : top, 5);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int slot = (WIDTH - LEFT - 10) / labels.length;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"chart-waterfall\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"%s\">\n<title>%s</title>\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape("MRR waterfall, " + period), Html.escape("MRR waterfall, " + period)));
        for (double tick : scale.ticks()) {
            double y = TOP + plotHeight * (1 - scale.fraction(tick));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eaeef2\"/>"
                    + "<text class=\"tick-label\" x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>\n", LEFT, WIDTH - 10, y, y, LEFT - 6, y + 4,
                    Html.escape(formats.moneyTick(tick, scale.fractionDigits()))));
        }
        for (int i = 0; i < labels.length; i++) {
            double yTop = TOP + plotHeight * (1 - scale.fraction(high[i]));
            double yBottom = TOP + plotHeight * (1 - scale.fraction(low[i]));
            boolean total = i == 0 || i == labels.length - 1;
            String colour = Palette.VERMILLION;
            if (total) {
                colour = Palette.BLUE;
            } else if (i <= 3) {
                colour = Palette.GREEN;
            }
            double value = total ? high[i] : steps[i - 1];
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect class=\"step\" data-step=\"%s\" data-value=\"%.2f\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                            + "height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>\n", Html.escape(labels[i]), value, x, yTop, slot * 0.7,
                    Math.max(0.5, yBottom - yTop), colour, Html.escape(labels[i]), Html.escape(formats.money(value))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n", x + slot * 0.35,
                    HEIGHT - BOTTOM + 16, Html.escape(labels[i])));
        }
        String[][] legend = {{"MRR", Palette.BLUE}, {"added", Palette.GREEN}, {"lost", Palette.VERMILLION}};
        for (int i = 0; i < legend.length; i++) {
            int x = LEFT + i * 90;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text class=\"legend-label\" x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n", x, HEIGHT - 14, legend[i][1], x + 14,
                    HEIGHT - 5, legend[i][0]));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String table(double start, double[] steps, double end, String[] names, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Step"), Column.number("MRR")));
        table.row("MRR at start", formats.money(start));
        for (int i = 0; i < names.length; i++) {
            table.row(names[i], (i < 3 ? "+" : "-") + formats.money(steps[i]));
        }
        table.row("MRR at end", formats.money(end));
        double computed = start + steps[0] + steps[1] + steps[2] - steps[3] - steps[4];
        String check = Math.abs(computed - end) < 0.01 * Math.max(1, names.length) ? "The steps add up to the MRR at the end."
                : "The steps add up to " + formats.money(computed) + ", not to the MRR at the end; check " + FILE + ".";
        return Html.details("Waterfall data", table.render()) + Html.paragraph("caption", check);
    }
}
