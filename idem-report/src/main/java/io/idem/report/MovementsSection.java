package io.idem.report;

import io.idem.report.chart.LineOverlay;
import io.idem.report.chart.Palette;
import io.idem.report.chart.Series;
import io.idem.report.chart.StackedBarChart;
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
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** MRR movements by month: a diverging stacked bar chart with month-end MRR as a line, and the numbers in a table. */
final class MovementsSection implements Section {

    static final String FILE = "revenue/movements.csv";
    static final List<String> COLUMNS = List.of("month", "new", "expansion", "contraction", "churn", "reactivation", "mrr");

    /** Movement amounts are written with 2 decimals, so five rounded amounts and a rounded MRR can differ by a few cents. */
    private static final double RECONCILE_TOLERANCE = 0.05;

    /** One month of {@code revenue/movements.csv}; movement amounts are non-negative magnitudes. */
    record Month(YearMonth month, double added, double expansion, double reactivation, double contraction, double churn, double mrr) {

        double net() {
            return added + expansion + reactivation - contraction - churn;
        }
    }

    @Override
    public String id() {
        return "movements";
    }

    @Override
    public String title() {
        return "MRR movements by month";
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
                return Html.paragraph("notice", FILE + " has no months.");
            }
            return chart(months, context.formats()) + reconciliation(months, context.formats()) + dataTable(months, context.formats());
        });
    }

    /** Reads the months in calendar order; a month listed twice is an error because the chart could show only one of them. */
    static List<Month> months(CsvTable table) throws ReportInputException {
        TreeMap<YearMonth, Month> byMonth = new TreeMap<>();
        for (CsvRow row : table.rows()) {
            Month month = new Month(row.month("month"), row.nonNegative("new"), row.nonNegative("expansion"),
                    row.nonNegative("reactivation"), row.nonNegative("contraction"), row.nonNegative("churn"), row.number("mrr"));
            if (byMonth.put(month.month(), month) != null) {
                throw new ReportInputException(table.file(), "line " + row.line() + ", column month: " + month.month()
                        + " appears more than once; write one row per month");
            }
        }
        return new ArrayList<>(byMonth.values());
    }

    private static String chart(List<Month> months, Formats formats) {
        List<String> labels = months.stream().map(month -> month.month().toString()).toList();
        StackedBarChart chart = new StackedBarChart("chart-movements", "MRR movements by month",
                "Stacked bars per month: new, expansion and reactivation MRR above zero; contraction and churn below zero."
                        + " The line is month-end MRR on the right axis.", labels)
                .up(series("new", Palette.BLUE, months, Month::added))
                .up(series("expansion", Palette.GREEN, months, Month::expansion))
                .up(series("reactivation", Palette.PURPLE, months, Month::reactivation))
                .down(series("contraction", Palette.ORANGE, months, Month::contraction))
                .down(series("churn", Palette.VERMILLION, months, Month::churn))
                .valueAxis("movement", formats::moneyTick, formats::money)
                .line(new LineOverlay(series("MRR", Palette.BLACK, months, Month::mrr), "month-end MRR", formats::moneyTick, formats::money));
        return "<figure>\n" + chart.render() + "<figcaption>MRR movements by month, with month-end MRR</figcaption>\n</figure>\n";
    }

    private static Series series(String name, String colour, List<Month> months, ToDoubleFunction<Month> value) {
        return new Series(name, colour, months.stream().map(month -> value.applyAsDouble(month)).toList());
    }

    /** States whether each month's MRR equals the previous month's plus the net movement, which the contract requires. */
    private static String reconciliation(List<Month> months, Formats formats) {
        List<String> mismatches = new ArrayList<>();
        for (int i = 1; i < months.size(); i++) {
            Month previous = months.get(i - 1);
            Month current = months.get(i);
            if (!current.month().equals(previous.month().plusMonths(1))) {
                mismatches.add(current.month() + " does not follow " + previous.month());
                continue;
            }
            double expected = previous.mrr() + current.net();
            if (Math.abs(expected - current.mrr()) > RECONCILE_TOLERANCE) {
                mismatches.add(current.month() + " MRR is " + formats.money(current.mrr()) + " but the movements give " + formats.money(expected));
            }
        }
        if (mismatches.isEmpty()) {
            return Html.paragraph("check ok", "Each month's MRR equals the previous month's MRR plus that month's net movement ("
                    + (months.size() - 1) + " months checked).");
        }
        return Html.paragraph("check failed", "Movements do not reconcile with MRR: " + String.join("; ", mismatches) + ".");
    }

    private static String dataTable(List<Month> months, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Month"), Column.number("New"), Column.number("Expansion"),
                Column.number("Reactivation"), Column.number("Contraction"), Column.number("Churn"), Column.number("Net"),
                Column.number("MRR")));
        double[] totals = new double[6];
        for (Month month : months) {
            table.row(month.month().toString(), formats.money(month.added()), formats.money(month.expansion()),
                    formats.money(month.reactivation()), formats.money(month.contraction()), formats.money(month.churn()),
                    formats.money(month.net()), formats.money(month.mrr()));
            totals[0] += month.added();
            totals[1] += month.expansion();
            totals[2] += month.reactivation();
            totals[3] += month.contraction();
            totals[4] += month.churn();
            totals[5] += month.net();
        }
        table.totals("Total", formats.money(totals[0]), formats.money(totals[1]), formats.money(totals[2]), formats.money(totals[3]),
                formats.money(totals[4]), formats.money(totals[5]), "");
        return Html.details("Chart data: movements by month", table.render());
    }
}
