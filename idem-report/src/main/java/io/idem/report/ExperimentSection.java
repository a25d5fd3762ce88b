package io.idem.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.report.chart.NiceScale;
import io.idem.report.chart.Palette;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.ReportInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Play experiments: for each {@code experiments/<experiment_id>.json} written by {@code idem experiment}, the
 * conversion of every variant against the control with the interval of the absolute lift, the p-value of the
 * two-proportion z-test, the chance to beat control and the sample ratio check, and an interval chart.
 */
final class ExperimentSection implements Section {

    static final String FOLDER = "experiments";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double CHART_WIDTH = 760;
    private static final double LEFT_MARGIN = 150;
    private static final double RIGHT_MARGIN = 30;
    private static final double ROW_HEIGHT = 30;

    @Override
    public String id() {
        return "experiments";
    }

    @Override
    public String title() {
        return "Play experiments";
    }

    @Override
    public String render(ReportContext context) {
        Path folder = context.folder().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Html.missingNotice(FOLDER + "/");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return Guard.render(id(), () -> {
                throw new ReportInputException(FOLDER + "/", "cannot list the folder: " + e.getMessage(), e);
            });
        }
        if (files.isEmpty()) {
            return Html.paragraph("notice missing", FOLDER + "/ has no experiment files, so there is nothing to show"
                    + " here.");
        }

        StringBuilder html = new StringBuilder();
        for (Path file : files) {
            html.append(Guard.render(id(), () -> experiment(read(file), context.formats())));
        }
        return html.toString();
    }

    private static JsonNode read(Path file) throws ReportInputException {
        String name = FOLDER + "/" + file.getFileName();
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject() || !root.path("comparisons").isArray()) {
                throw new ReportInputException(name, "expected an experiment report object with a comparisons array;"
                        + " write it with idem experiment analyze or simulate");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ReportInputException(name, "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportInputException(name, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String experiment(JsonNode report, Formats formats) {
        String experimentId = report.path("experimentId").asText("unnamed");
        String control = report.path("control").asText("");
        double level = 1 - report.path("alpha").asDouble(0.05);
        String intervalHeader = formats.percent(level).replace(".0%", "%") + " interval";
        StringBuilder html = new StringBuilder("<h3>").append(Html.escape(experimentId)).append("</h3>\n");
        html.append(Html.paragraph("summary", sampleRatio(report.path("sampleRatio"), report.path("accounts").asLong())));

        Table table = new Table("data", List.of(Column.text("Variant"), Column.number("Accounts"),
                Column.number("Conversions"), Column.number("Rate"), Column.number("Lift vs " + control),
                Column.text(intervalHeader), Column.number("p-value"), Column.number("Chance to beat control"),
                Column.number("SRM p-value")));
        String srm = pValue(number(report.path("sampleRatio"), "pValue"));
        JsonNode controlArm = arm(report, control);
        table.row(control + " (control)", accounts(controlArm, formats), conversions(controlArm, formats),
                rate(controlArm, formats), "", "", "", "", srm);

        List<IntervalRow> intervals = new ArrayList<>();
        for (JsonNode comparison : report.path("comparisons")) {
            String variant = comparison.path("variant").asText("");
            JsonNode arm = arm(report, variant);
            JsonNode frequentist = comparison.path("conversion").path("frequentist");
            JsonNode effect = frequentist.path("absoluteEffect");
            Double estimate = number(effect, "estimate");
            Double low = number(effect.path("interval"), "lower");
            Double high = number(effect.path("interval"), "upper");
            Double chance = number(comparison.path("conversion").path("bayesian"), "chanceToBeatControl");
            String lift = estimate == null ? "not computed: " + frequentist.path("reason").asText("")
                    : formats.percentagePoints(estimate);
            String interval = low == null || high == null ? ""
                    : formats.percentagePoints(low) + " to " + formats.percentagePoints(high);
            table.row(variant, accounts(arm, formats), conversions(arm, formats), rate(arm, formats), lift, interval,
                    pValue(number(frequentist, "pValue")), chance == null ? "" : formats.percent(chance), srm);
            if (estimate != null && low != null && high != null) {
                intervals.add(new IntervalRow(variant, estimate, low, high));
            }
        }
        html.append(table.render());
        if (!intervals.isEmpty()) {
            html.append("<figure>\n").append(chart(experimentId, control, intervals, formats))
                    .append("<figcaption>").append(Html.escape("Conversion lift of each variant over " + control
                            + " with its " + intervalHeader + "; the dot is the estimate and the dashed line is no"
                            + " effect.")).append("</figcaption>\n</figure>\n");
        }
        for (JsonNode note : report.path("notes")) {
            html.append(Html.paragraph("notice", note.asText()));
        }
        return html.toString();
    }

    private static String sampleRatio(JsonNode srm, long accounts) {
        Double p = number(srm, "pValue");
        String verdict = srm.path("mismatch").asBoolean(false)
                ? "sample ratio mismatch: the split differs from the planned weights, so read the lifts with care"
                : "no sample ratio mismatch";
        return accounts + " accounts; sample ratio check p-value " + pValue(p) + ", " + verdict + ".";
    }

    /** One variant's lift in the chart, as rate differences. */
    private record IntervalRow(String variant, double estimate, double low, double high) {
    }

    /** Draws one horizontal bar per variant from the interval's low to high end, a dot at the estimate, a line at 0. */
    private static String chart(String experimentId, String control, List<IntervalRow> rows, Formats formats) {
        double low = 0;
        double high = 0;
        for (IntervalRow row : rows) {
            low = Math.min(low, row.low());
            high = Math.max(high, row.high());
        }
        NiceScale scale = NiceScale.covering(low, high, 6);
        double plotWidth = CHART_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;
        double plotHeight = ROW_HEIGHT * rows.size();
        double height = plotHeight + 40;
        StringBuilder svg = new StringBuilder();
        String title = "Conversion lift over " + control + " in experiment " + experimentId;
        svg.append("<svg class=\"chart interval-chart\" viewBox=\"0 0 ").append(coordinate(CHART_WIDTH)).append(' ')
                .append(coordinate(height)).append("\" width=\"").append(coordinate(CHART_WIDTH)).append("\" height=\"")
                .append(coordinate(height)).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\">\n<title>").append(Html.escape(title)).append("</title>\n");

        for (double tick = scale.min(); tick <= scale.max() + scale.step() / 2; tick += scale.step()) {
            double x = x(scale, tick, plotWidth);
            svg.append(line(x, plotHeight, x, plotHeight + 5, Palette.GREY, "tick"))
                    .append(text(x, plotHeight + 18, "middle", formats.percentagePoints(tick)));
        }
        double zero = x(scale, 0, plotWidth);
        for (int i = 0; i < rows.size(); i++) {
            IntervalRow row = rows.get(i);
            double middle = ROW_HEIGHT * i + ROW_HEIGHT / 2;
            double left = x(scale, row.low(), plotWidth);
            String tooltip = row.variant() + ": " + formats.percentagePoints(row.estimate()) + " ("
                    + formats.percentagePoints(row.low()) + " to " + formats.percentagePoints(row.high()) + ")";
            svg.append(text(LEFT_MARGIN - 8, middle + 4, "end", row.variant()))
                    .append("<rect class=\"interval\" x=\"").append(coordinate(left)).append("\" y=\"")
                    .append(coordinate(middle - 5)).append("\" width=\"")
                    .append(coordinate(x(scale, row.high(), plotWidth) - left)).append("\" height=\"10\" fill=\"")
                    .append(Palette.SKY_BLUE).append("\" data-category=\"").append(Html.escape(row.variant()))
                    .append("\" data-low=\"").append(row.low()).append("\" data-high=\"").append(row.high())
                    .append("\"><title>").append(Html.escape(tooltip)).append("</title></rect>\n")
                    .append("<circle class=\"estimate\" cx=\"").append(coordinate(x(scale, row.estimate(), plotWidth)))
                    .append("\" cy=\"").append(coordinate(middle)).append("\" r=\"4\" fill=\"").append(Palette.BLUE)
                    .append("\" data-value=\"").append(row.estimate()).append("\"/>\n");
        }
        svg.append("<line class=\"zero\" x1=\"").append(coordinate(zero)).append("\" y1=\"0\" x2=\"")
                .append(coordinate(zero)).append("\" y2=\"").append(coordinate(plotHeight)).append("\" stroke=\"")
                .append(Palette.BLACK).append("\" stroke-dasharray=\"4 3\"/>\n");
        return svg.append("</svg>\n").toString();
    }

    private static double x(NiceScale scale, double value, double plotWidth) {
        return LEFT_MARGIN + (value - scale.min()) / (scale.max() - scale.min()) * plotWidth;
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\""
                + coordinate(x2) + "\" y2=\"" + coordinate(y2) + "\" stroke=\"" + stroke + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor + "\">"
                + Html.escape(text) + "</text>\n";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static JsonNode arm(JsonNode report, String variant) {
        for (JsonNode arm : report.path("arms")) {
            if (arm.path("variant").asText("").equals(variant)) {
                return arm;
            }
        }
        return MAPPER.missingNode();
    }

    private static String accounts(JsonNode arm, Formats formats) {
        Double value = number(arm, "accounts");
        return value == null ? "" : formats.integer(value);
    }

    private static String conversions(JsonNode arm, Formats formats) {
        Double value = number(arm, "conversions");
        return value == null ? "" : formats.integer(value);
    }

    private static String rate(JsonNode arm, Formats formats) {
        Double value = number(arm, "conversionRate");
        return value == null ? "" : formats.percent(value);
    }

    /** Formats a p-value with three decimals, and a bound below 0.001 where three decimals would show 0. */
    static String pValue(Double p) {
        if (p == null) {
            return "not computed";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static Double number(JsonNode parent, String name) {
        JsonNode node = parent.path(name);
        return node.isNumber() && Double.isFinite(node.doubleValue()) ? node.doubleValue() : null;
    }
}
