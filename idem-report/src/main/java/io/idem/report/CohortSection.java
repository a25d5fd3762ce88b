package io.idem.report;

import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Revenue and logo retention by first paying month as heat maps: one row per cohort, one column
 * per month since the cohort started, each cell shaded by its retention (100% and above darkest).
 */
final class CohortSection implements Section {

    static final String REVENUE_FILE = "revenue/cohorts_revenue.csv";
    static final String LOGO_FILE = "revenue/cohorts_logo.csv";
    /** Months since the start shown; later months are in the CSV files. */
    static final int MONTHS_SHOWN = 24;

    @Override
    public String id() {
        return "cohorts";
    }

    @Override
    public String title() {
        return "Retention by cohort";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> heatMap(context, REVENUE_FILE, "Revenue retention") + heatMap(context, LOGO_FILE, "Logo retention"));
    }

    private static String heatMap(ReportContext context, String file, String caption) throws io.idem.report.input.ReportInputException {
        Optional<CsvTable> table = context.csv(file, List.of("cohort"));
        if (table.isEmpty()) {
            return Html.missingNotice(file);
        }
        List<CsvRow> rows = table.get().rows();
        if (rows.isEmpty()) {
            return Html.paragraph("notice", caption + ": no cohorts.");
        }
        Formats formats = context.formats();
        int months = 0;
        while (months < MONTHS_SHOWN && rows.get(0).values().containsKey("month_" + months)) {
            months++;
        }
        StringBuilder html = new StringBuilder("<table class=\"data heatmap\" aria-label=\"").append(Html.escape(caption)).append("\">\n<thead><tr><th>")
                .append("Cohort").append("</th>");
        for (int m = 0; m < months; m++) {
            html.append("<th class=\"num\">").append(m).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (CsvRow row : rows) {
            html.append("<tr><th>").append(Html.escape(row.text("cohort"))).append("</th>");
            for (int m = 0; m < months; m++) {
                OptionalDouble value = row.optionalNumber("month_" + m);
                if (value.isEmpty()) {
                    html.append("<td></td>");
                    continue;
                }
                double share = value.getAsDouble();
                double alpha = Math.max(0.05, Math.min(1.0, share)) * 0.85;
                html.append("<td class=\"num\" style=\"background: rgba(0, 114, 178, ").append(String.format(java.util.Locale.ROOT, "%.2f", alpha))
                        .append(")").append(alpha > 0.5 ? "; color: #ffffff" : "").append("\">")
                        .append(Html.escape(formats.percent(share))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return Html.paragraph("caption", caption + " by first paying month, months since the start across; all months are in " + file + ".")
                + html;
    }
}
