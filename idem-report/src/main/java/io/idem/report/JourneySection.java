package io.idem.report;

import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.CsvRow;
import io.idem.report.input.CsvTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts per journey stage from {@code journey.csv}, with those that entered their stage on the run's as-of date. */
final class JourneySection implements Section {

    static final String FILE = "journey.csv";
    static final List<String> COLUMNS = List.of("account_id", "stage", "since", "rule");

    @Override
    public String id() {
        return "journey";
    }

    @Override
    public String title() {
        return "Journey stages";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }
            String asOf = context.asOf().orElse(null);
            Map<String, int[]> byStage = new LinkedHashMap<>();
            for (CsvRow row : table.get().rows()) {
                int[] counts = byStage.computeIfAbsent(row.text("stage"), stage -> new int[2]);
                counts[0]++;
                if (row.text("since").equals(asOf)) {
                    counts[1]++;
                }
            }
            if (byStage.isEmpty()) {
                return Html.paragraph("notice", FILE + " lists no accounts: idem.yaml has no journey section.");
            }
            Table stages = new Table("data", List.of(Column.text("Stage"), Column.number("Accounts"),
                    Column.number("Entered on " + (asOf == null ? "the as-of date" : asOf))));
            byStage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(stage -> stages.row(stage.getKey(),
                    context.formats().integer(stage.getValue()[0]), context.formats().integer(stage.getValue()[1])));
            return stages.render();
        });
    }
}
