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
import io.idem.report.input.ReportInputException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * NRR and GRR over the 12 months ending at each of the last 12 months, one bar chart each with
 * the latest month's target as a reference line, and every value of {@code revenue/retention_trend.csv}
 * in a table. Months whose ratios could not be computed are left out of the charts and named.
 */
final class RetentionTrendSection implements Section {

    static final String FILE = "revenue/retention_trend.csv";
    static final List<String> COLUMNS = List.of("month", "nrr", "grr", "expansion_share", "nrr_target", "grr_target",
            "expansion_share_target");

    /** One line of the file; a ratio is null when the run could not compute it. */
    record Month(YearMonth month, Double nrr, Double grr, Double expansionShare, double nrrTarget, double grrTarget,
                 double expansionShareTarget) {
    }

    @Override
    public String id() {
        return "retention-trend";
    }

    @Override
    public String title() {
        return "NRR and GRR trend";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }
            List<Month> months = months(table.get());
            if (months.isEmpty()) {
                return Html.paragraph("notice", FILE + " has no months, because the history is shorter than 13 months.");
            }
            Formats formats = context.formats();
            return chart("chart-retention-nrr", "NRR", Palette.BLUE, months, Month::nrr, Month::nrrTarget, formats)
                    + chart("chart-retention-grr", "GRR", Palette.GREEN, months, Month::grr, Month::grrTarget, formats)
                    + dataTable(months, formats);
        });
    }

    /** Reads the months in calendar order; a month listed twice is an error because the chart could show only one of them. */
    static List<Month> months(CsvTable table) throws ReportInputException {
        TreeMap<YearMonth, Month> byMonth = new TreeMap<>();
        for (CsvRow row : table.rows()) {
            Month month = new Month(row.month("month"), ratio(row, "nrr"), ratio(row, "grr"), ratio(row, "expansion_share"),
                    row.nonNegative("nrr_target"), row.nonNegative("grr_target"), row.nonNegative("expansion_share_target"));
            if (byMonth.put(month.month(), month) != null) {
                throw new ReportInputException(table.file(), "line " + row.line() + ", column month: " + month.month()
                        + " appears more than once; write one row per month");
            }
        }
        return new ArrayList<>(byMonth.values());
    }

    private static Double ratio(CsvRow row, String column) throws ReportInputException {
        OptionalDouble value = row.optionalNumber(column);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** Draws one ratio by month, with the latest month's target as the reference line because the benchmark section compares with it too. */
    private static String chart(String id, String name, String colour, List<Month> months, Function<Month, Double> value,
                                Function<Month, Double> target, Formats formats) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Month month : months) {
            Double ratio = value.apply(month);
            if (ratio == null) {
                missing.add(month.month().toString());
            } else {
                labels.add(month.month().toString());
                values.add(ratio);
            }
        }
        String notice = missing.isEmpty() ? ""
                : Html.paragraph("notice", name + " is not computed for " + Formats.list(missing)
                        + ", because no account paid 12 months before; the chart leaves those months out.");
        if (labels.isEmpty()) {
            return notice;
        }

        double reference = target.apply(months.get(months.size() - 1));
        String title = name + " over the 12 months ending at each month";
        HorizontalBarChart chart = new HorizontalBarChart(id, title,
                "One bar per month: " + name + " over the 12 months ending at that month. The dashed line is the target "
                        + formats.percent(reference) + ".", labels)
                .series(new Series(name, colour, values))
                .valueAxis(name, (tick, digits) -> formats.percent(tick), formats::percent)
                .reference(reference, name + " target " + formats.percent(reference));
        return "<figure>\n" + chart.render() + "<figcaption>" + Html.escape(title) + "</figcaption>\n</figure>\n" + notice;
    }

    private static String dataTable(List<Month> months, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Month"), Column.number("NRR"), Column.number("NRR target"),
                Column.number("GRR"), Column.number("GRR target"), Column.number("Expansion share"),
                Column.number("Expansion share target")));
        for (Month month : months) {
            table.row(month.month().toString(), percent(month.nrr(), formats), formats.percent(month.nrrTarget()),
                    percent(month.grr(), formats), formats.percent(month.grrTarget()), percent(month.expansionShare(), formats),
                    formats.percent(month.expansionShareTarget()));
        }
        return Html.details("Chart data: NRR, GRR and expansion share by month", table.render());
    }

    private static String percent(Double ratio, Formats formats) {
        return ratio == null ? "not computed" : formats.percent(ratio);
    }
}
