package io.idem.report;

import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ranked offers: for each motion and offer, the accounts it is the best offer for and the summed
 * expected value, then the accounts with the highest expected value and their reasons.
 */
final class RecommendationsSection implements Section {

    static final String FILE = "recommendations.csv";
    static final List<String> COLUMNS = List.of("account_id", "rank", "motion", "offer", "probability", "incremental_mrr", "expected_value",
            "reasons");
    /** Rows shown in the table of top recommendations; the CSV has them all. */
    static final int TOP_ROWS = 25;

    /** Totals for one motion and offer, over each account's first-ranked recommendation. */
    private static final class Totals {
        private int accounts;
        private double incrementalMrr;
        private double expectedValue;
    }

    @Override
    public String id() {
        return "recommendations";
    }

    @Override
    public String title() {
        return "Recommended offers";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }
            Map<String, Totals> byOffer = new TreeMap<>();
            List<CsvRow> best = new ArrayList<>();
            for (CsvRow row : table.get().rows()) {
                if (!row.text("rank").equals("1")) {
                    continue;
                }
                best.add(row);
                Totals totals = byOffer.computeIfAbsent(row.text("motion") + " / " + row.text("offer"), key -> new Totals());
                totals.accounts++;
                totals.incrementalMrr += row.nonNegative("incremental_mrr");
                totals.expectedValue += row.nonNegative("expected_value");
            }
            if (best.isEmpty()) {
                return Html.paragraph("notice", "No offer was recommended in this run: set the catalog's signals (cap_feature, "
                        + "seat_use_feature, usage_feature) in idem.yaml to enable them.");
            }
            Formats formats = context.formats();
            return Html.paragraph("caption", "Each account's first-ranked offer. Expected value = probability × incremental MRR × "
                    + "discounted expected remaining months.") + totalsTable(byOffer, formats) + topTable(best, formats);
        });
    }

    private static String totalsTable(Map<String, Totals> byOffer, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Motion / offer"), Column.number("Accounts"), Column.number("Incremental MRR"),
                Column.number("Expected value")));
        int accounts = 0;
        double mrr = 0;
        double value = 0;
        for (Map.Entry<String, Totals> entry : byOffer.entrySet()) {
            Totals totals = entry.getValue();
            table.row(entry.getKey(), formats.integer(totals.accounts), formats.money(totals.incrementalMrr), formats.money(totals.expectedValue));
            accounts += totals.accounts;
            mrr += totals.incrementalMrr;
            value += totals.expectedValue;
        }
        table.totals("Total", formats.integer(accounts), formats.money(mrr), formats.money(value));
        return table.render();
    }

    private static String topTable(List<CsvRow> best, Formats formats) throws io.idem.report.input.ReportInputException {
        List<CsvRow> sorted = new ArrayList<>(best);
        List<Double> values = new ArrayList<>();
        for (CsvRow row : sorted) {
            values.add(row.nonNegative("expected_value"));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> values.get(i)).reversed());
        Table table = new Table("data", List.of(Column.text("Account"), Column.text("Motion"), Column.text("Offer"), Column.number("Probability"),
                Column.number("Incremental MRR"), Column.number("Expected value"), Column.text("Reasons")));
        for (int i = 0; i < Math.min(TOP_ROWS, order.size()); i++) {
            CsvRow row = sorted.get(order.get(i));
            table.row(row.text("account_id"), row.text("motion"), row.text("offer"), formats.percent(row.nonNegative("probability")),
                    formats.money(row.nonNegative("incremental_mrr")), formats.money(values.get(order.get(i))), row.text("reasons"));
        }
        return Html.details("Top " + Math.min(TOP_ROWS, order.size()) + " accounts by expected value (all in " + FILE + ")", table.render());
    }
}
