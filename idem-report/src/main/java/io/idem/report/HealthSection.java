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
import io.idem.report.input.ReportInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The distribution of accounts over health bands for each health model. Bands are ordered by
 * their mean score, highest first, because band names are configured per workspace and their
 * order is not written in {@code health.csv}.
 */
final class HealthSection implements Section {

    static final String FILE = "health.csv";
    static final List<String> COLUMNS = List.of("account_id", "model", "score", "band");
    static final String NO_BAND = "(no band)";

    /** Colours by band rank: the best band green, then warmer colours for worse bands. */
    private static final List<String> BAND_COLOURS = List.of(Palette.GREEN, Palette.ORANGE, Palette.VERMILLION, Palette.PURPLE,
            Palette.BLUE, Palette.SKY_BLUE, Palette.YELLOW, Palette.GREY);

    /** Accounts and score total of one band in one model. */
    private static final class Tally {
        private int accounts;
        private int scored;
        private double scoreSum;

        void add(OptionalDouble score) {
            accounts++;
            if (score.isPresent()) {
                scored++;
                scoreSum += score.getAsDouble();
            }
        }

        OptionalDouble meanScore() {
            return scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(scoreSum / scored);
        }
    }

    @Override
    public String id() {
        return "health";
    }

    @Override
    public String title() {
        return "Health bands";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<CsvTable> table = context.csv(FILE, COLUMNS);
            if (table.isEmpty()) {
                return Html.missingNotice(FILE);
            }
            Map<String, Map<String, Tally>> byModel = new LinkedHashMap<>();
            Map<String, Tally> byBand = new LinkedHashMap<>();
            tally(table.get(), byModel, byBand);
            if (byModel.isEmpty()) {
                return Html.paragraph("notice", FILE + " has no scores.");
            }
            List<String> bands = bandsBestFirst(byBand);
            return chart(byModel, bands, context.formats()) + dataTable(byModel, bands, context.formats());
        });
    }

    private static void tally(CsvTable table, Map<String, Map<String, Tally>> byModel, Map<String, Tally> byBand) throws ReportInputException {
        for (CsvRow row : table.rows()) {
            String band = row.text("band").isBlank() ? NO_BAND : row.text("band");
            OptionalDouble score = row.optionalNumber("score");
            byModel.computeIfAbsent(row.text("model"), model -> new LinkedHashMap<>()).computeIfAbsent(band, name -> new Tally()).add(score);
            byBand.computeIfAbsent(band, name -> new Tally()).add(score);
        }
    }

    /** Orders bands by mean score, highest first; bands without any score, such as {@link #NO_BAND}, go last. */
    private static List<String> bandsBestFirst(Map<String, Tally> byBand) {
        List<String> bands = new ArrayList<>(byBand.keySet());
        bands.sort(Comparator.comparingDouble((String band) -> byBand.get(band).meanScore().orElse(Double.NEGATIVE_INFINITY)).reversed());
        return bands;
    }

    private static String chart(Map<String, Map<String, Tally>> byModel, List<String> bands, Formats formats) {
        List<String> models = new ArrayList<>(byModel.keySet());
        StackedBarChart chart = new StackedBarChart("chart-health", "Accounts by health band for each model",
                "One stacked bar per health model; each part is the number of accounts in a band, best band at the bottom.", models)
                .valueAxis("accounts", formats::decimal, formats::integer);
        for (int i = 0; i < bands.size(); i++) {
            String band = bands.get(i);
            List<Double> counts = models.stream().map(model -> (double) accounts(byModel.get(model), band)).toList();
            chart.up(new Series(band, BAND_COLOURS.get(i % BAND_COLOURS.size()), counts));
        }
        return "<figure>\n" + chart.render() + "<figcaption>Accounts by health band for each model</figcaption>\n</figure>\n";
    }

    private static String dataTable(Map<String, Map<String, Tally>> byModel, List<String> bands, Formats formats) {
        Table table = new Table("data", List.of(Column.text("Model"), Column.text("Band"), Column.number("Accounts"),
                Column.number("Share of model"), Column.number("Mean score")));
        for (Map.Entry<String, Map<String, Tally>> model : byModel.entrySet()) {
            int total = model.getValue().values().stream().mapToInt(tally -> tally.accounts).sum();
            for (String band : bands) {
                Tally tally = model.getValue().get(band);
                if (tally == null) {
                    continue;
                }
                OptionalDouble mean = tally.meanScore();
                table.row(model.getKey(), band, formats.integer(tally.accounts), formats.percent((double) tally.accounts / total),
                        mean.isPresent() ? formats.decimal(mean.getAsDouble(), 1) : "n/a");
            }
        }
        return Html.details("Chart data: accounts by model and band", table.render());
    }

    private static int accounts(Map<String, Tally> bands, String band) {
        Tally tally = bands.get(band);
        return tally == null ? 0 : tally.accounts;
    }
}
