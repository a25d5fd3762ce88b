package io.idem.report;

import io.idem.report.chart.Palette;
import io.idem.report.chart.Series;
import io.idem.report.chart.StackedBarChart;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Opportunities by motion and stage: counts and expected MRR, as a stacked bar per motion. */
final class OpportunitiesSection implements Section {

    static final String FILE = "opportunities.csv";
    static final List<String> COLUMNS = List.of("opportunity_id", "play_id", "account_id", "motion", "offer", "expected_mrr", "stage",
            "owner", "created_on");
    static final String NO_MOTION = "(no motion)";
    static final String NO_STAGE = "(no stage)";

    /** Opportunities and their expected MRR for one motion and stage. */
    private static final class Cell {
        private int opportunities;
        private double expectedMrr;
    }

    @Override
    public String id() {
        return "opportunities";
    }

    @Override
    public String title() {
        return "Opportunities";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }

            Map<String, Map<String, Cell>> byMotion = new TreeMap<>();
            TreeSet<String> stages = new TreeSet<>();
            for (CsvRow row : table.get().rows()) {
                String motion = row.text("motion").isBlank() ? NO_MOTION : row.text("motion");
                String stage = row.text("stage").isBlank() ? NO_STAGE : row.text("stage");
                Cell cell = byMotion.computeIfAbsent(motion, key -> new TreeMap<>()).computeIfAbsent(stage, key -> new Cell());
                cell.opportunities++;
                cell.expectedMrr += row.nonNegative("expected_mrr");
                stages.add(stage);
            }
            if (byMotion.isEmpty()) {
                return Html.paragraph("notice", "No opportunities in this run.");
            }
            Formats formats = context.formats();
            return chart(byMotion, new ArrayList<>(stages), formats) + dataTable(byMotion, formats);
        });
    }

    private static String chart(Map<String, Map<String, Cell>> byMotion, List<String> stages, Formats formats) {
        List<String> motions = new ArrayList<>(byMotion.keySet());
        StackedBarChart chart = new StackedBarChart("chart-opportunities", "Expected MRR of opportunities by motion and stage",
                "One stacked bar per motion; each part is the expected MRR of the opportunities in one stage.", motions)
                .valueAxis("expected MRR", formats::moneyTick, formats::money);
        for (int i = 0; i < stages.size(); i++) {
            String stage = stages.get(i);
            List<Double> amounts = motions.stream().map(motion -> {
                Cell cell = byMotion.get(motion).get(stage);
                return cell == null ? 0.0 : cell.expectedMrr;
            }).toList();
            chart.up(new Series(stage, Palette.colour(i), amounts));
        }
        return "<figure>\n" + chart.render() + "<figcaption>Expected MRR of opportunities by motion and stage</figcaption>\n</figure>\n";
    }

    private static String dataTable(Map<String, Map<String, Cell>> byMotion, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Motion"), Column.text("Stage"), Column.number("Opportunities"),
                Column.number("Expected MRR")));
        int count = 0;
        double expected = 0;
        for (Map.Entry<String, Map<String, Cell>> motion : byMotion.entrySet()) {
            for (Map.Entry<String, Cell> stage : motion.getValue().entrySet()) {
                Cell cell = stage.getValue();
                table.row(motion.getKey(), stage.getKey(), formats.integer(cell.opportunities), formats.money(cell.expectedMrr));
                count += cell.opportunities;
                expected += cell.expectedMrr;
            }
        }
        table.totals("Total", "", formats.integer(count), formats.money(expected));
        return table.render();
    }
}
