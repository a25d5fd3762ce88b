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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Trigger lift from the backtest, and the firings of this run by trigger. */
final class TriggerSection implements Section {

    static final String FIRINGS_FILE = "triggers.csv";
    static final List<String> FIRING_COLUMNS = List.of("trigger", "kind", "account_id", "fired_on");

    /** Firings of one trigger in this run, accumulated row by row. */
    private static final class Firings {
        private final String trigger;
        private final String kind;
        private final Set<String> accounts = new HashSet<>();
        private int count;
        private LocalDate first;
        private LocalDate last;

        Firings(String trigger, String kind) {
            this.trigger = trigger;
            this.kind = kind;
        }

        void add(String accountId, LocalDate firedOn) {
            count++;
            accounts.add(accountId);
            first = first == null || firedOn.isBefore(first) ? firedOn : first;
            last = last == null || firedOn.isAfter(last) ? firedOn : last;
        }
    }

    @Override
    public String id() {
        return "triggers";
    }

    @Override
    public String title() {
        return "Triggers";
    }

    @Override
    public String render(ReportContext context) {
        return "<h3>Lift in the backtest</h3>\n" + Guard.render(id(), () -> lift(context))
                + "<h3>Firings recorded in the store, all runs</h3>\n" + Guard.render(id(), () -> firings(context));
    }

    private static String lift(ReportContext context) throws ReportInputException {
        Optional<CsvTable> table = context.csv(TriggerLift.FILE, TriggerLift.COLUMNS);
        if (table.isEmpty()) {
            return Html.missingNotice(TriggerLift.FILE);
        }
        List<TriggerLift> triggers = TriggerLift.summarise(table.get());
        if (triggers.isEmpty()) {
            return Html.paragraph("notice", TriggerLift.FILE + " has no rows.");
        }
        Formats formats = context.formats();
        return liftChart(triggers, formats) + liftTable(triggers, formats);
    }

    private static String liftChart(List<TriggerLift> triggers, Formats formats) {
        List<TriggerLift> withLift = triggers.stream().filter(trigger -> trigger.meanMonthlyLift().isPresent()).toList();
        if (withLift.isEmpty()) {
            return Html.paragraph("notice", "No trigger has a defined lift in any month, so there is no lift chart.");
        }

        HorizontalBarChart chart = new HorizontalBarChart("chart-trigger-lift", "Trigger lift averaged over months",
                "For each trigger, the mean over backtest months of the expansion rate after firing divided by the base rate."
                        + " The dashed line at 1 marks no difference from the base rate.",
                withLift.stream().map(TriggerLift::trigger).toList())
                .series(new Series("mean monthly lift", Palette.BLUE, withLift.stream().map(trigger -> trigger.meanMonthlyLift().getAsDouble()).toList()))
                .valueAxis("lift (expansion rate when fired / base rate)", formats::decimal, value -> formats.decimal(value, 2))
                .reference(1, "lift 1 (same as base rate)");
        String html = "<figure>\n" + chart.render() + "<figcaption>Trigger lift averaged over months</figcaption>\n</figure>\n";
        int undefined = triggers.size() - withLift.size();
        if (undefined > 0) {
            String subject = undefined == 1 ? "1 trigger has" : formats.integer(undefined) + " triggers have";
            html += Html.paragraph("notice", subject + " no defined lift in any month and " + (undefined == 1 ? "is" : "are") + " left out of the chart.");
        }
        return html;
    }

    private static String liftTable(List<TriggerLift> triggers, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Trigger"), Column.text("Kind"), Column.number("Months"), Column.number("Fired"),
                Column.number("Fired and expanded"), Column.number("Rate when fired"), Column.number("Base accounts"),
                Column.number("Base expanded"), Column.number("Base rate"), Column.number("Pooled lift"), Column.number("Mean monthly lift")));
        for (TriggerLift trigger : triggers) {
            table.row(trigger.trigger(), trigger.kind(), formats.integer(trigger.months()), formats.integer(trigger.fired()),
                    formats.integer(trigger.firedExpanded()), percent(trigger.firedRate(), formats), formats.integer(trigger.baseAccounts()),
                    formats.integer(trigger.baseExpanded()), percent(trigger.baseRate(), formats), lift(trigger.pooledLift(), formats),
                    lift(trigger.meanMonthlyLift(), formats));
        }
        return table.render() + Html.paragraph("note", "Rates and pooled lift divide the sums over all months;"
                + " the mean monthly lift averages the lift of each month that had one.");
    }

    private static String firings(ReportContext context) throws ReportInputException {
        Optional<CsvTable> table = context.csv(FIRINGS_FILE, FIRING_COLUMNS);
        if (table.isEmpty()) {
            return Html.missingNotice(FIRINGS_FILE);
        }

        Map<String, Firings> byTrigger = new LinkedHashMap<>();
        for (CsvRow row : table.get().rows()) {
            byTrigger.computeIfAbsent(row.text("trigger"), trigger -> new Firings(trigger, row.text("kind")))
                    .add(row.text("account_id"), row.date("fired_on"));
        }
        if (byTrigger.isEmpty()) {
            return Html.paragraph("notice", "No trigger fired in this run.");
        }

        Formats formats = context.formats();
        Table result = new Table("data", List.of(Column.text("Trigger"), Column.text("Kind"), Column.number("Firings"),
                Column.number("Accounts"), Column.text("First fired"), Column.text("Last fired")));
        for (Firings firings : byTrigger.values()) {
            result.row(firings.trigger, firings.kind, formats.integer(firings.count), formats.integer(firings.accounts.size()),
                    firings.first.toString(), firings.last.toString());
        }
        return result.render();
    }

    private static String percent(OptionalDouble ratio, Formats formats) {
        return ratio.isPresent() ? formats.percent(ratio.getAsDouble()) : "n/a";
    }

    private static String lift(OptionalDouble lift, Formats formats) {
        return lift.isPresent() ? formats.decimal(lift.getAsDouble(), 2) : "n/a";
    }
}
