package io.idem.report;

import io.idem.report.chart.HorizontalBarChart;
import io.idem.report.chart.Palette;
import io.idem.report.chart.Series;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import java.util.List;
import java.util.Optional;

/**
 * The play funnel from signal to booking: trigger firings, plays started, expansion opportunities
 * created, and opportunities won with their booked MRR, over everything in the store.
 */
final class FunnelSection implements Section {

    @Override
    public String id() {
        return "funnel";
    }

    @Override
    public String title() {
        return "Play funnel";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> triggers = context.csv("triggers.csv", List.of("trigger", "account_id", "fired_on"));
            Optional<CsvTable> plays = context.csv("plays.csv", List.of("play_id", "playbook", "account_id"));
            Optional<CsvTable> opportunities = context.csv("opportunities.csv", List.of("opportunity_id", "stage"));
            if (plays.isEmpty() || opportunities.isEmpty()) {
                return Html.missingNotice(plays.isEmpty() ? "plays.csv" : "opportunities.csv");
            }
            double fired = triggers.map(t -> (double) t.rows().size()).orElse(0.0);
            double started = plays.get().rows().size();
            double created = opportunities.get().rows().size();
            double won = 0;
            double booked = 0;
            for (CsvRow row : opportunities.get().rows()) {
                if (row.text("stage").equals("won")) {
                    won++;
                    booked += row.values().containsKey("actual_mrr") ? row.optionalNumber("actual_mrr").orElse(0) : 0;
                }
            }
            Formats formats = context.formats();
            List<String> steps = List.of("trigger firings", "plays started", "opportunities created", "opportunities won");
            HorizontalBarChart chart = new HorizontalBarChart("chart-funnel", "Play funnel",
                    "Trigger firings, plays started, expansion opportunities created and opportunities won, over all runs.", steps)
                    .series(new Series("count", Palette.BLUE, List.of(fired, started, created, won)))
                    .valueAxis("count", formats::decimal, formats::integer);
            Table table = new Table("data", List.of(Column.text("Step"), Column.number("Count"), Column.number("Share of the step before")));
            double[] counts = {fired, started, created, won};
            for (int i = 0; i < counts.length; i++) {
                String share = i == 0 || counts[i - 1] == 0 ? "" : formats.percent(counts[i] / counts[i - 1]);
                table.row(steps.get(i), formats.integer(counts[i]), share);
            }
            return "<figure>\n" + chart.render() + "<figcaption>Play funnel over all runs</figcaption>\n</figure>\n" + table.render()
                    + Html.paragraph("caption", "Booked MRR of won opportunities: " + formats.money(booked) + ".");
        });
    }
}
