package io.idem.report;

import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.input.Benchmark;
import io.idem.report.input.Metric;
import io.idem.report.input.RevenueSummary;
import io.idem.report.input.SummaryReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The headline numbers: MRR, ARR, NRR, GRR and the expansion share, each ratio with its period and benchmark gap. */
final class HeadlineSection implements Section {

    @Override
    public String id() {
        return "headline";
    }

    @Override
    public String title() {
        return "Headline numbers";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<RevenueSummary> summary = context.summary();
            if (summary.isEmpty()) {
                return Html.missingNotice(SummaryReader.FILE);
            }
            return cards(summary.get(), context.formats());
        });
    }

    private static String cards(RevenueSummary summary, Formats formats) {
        String asOf = summary.asOf() == null ? "the as-of date" : summary.asOf();
        StringBuilder html = new StringBuilder("<div class=\"cards\">\n");
        html.append(moneyCard("mrr", "MRR", summary.mrr(), "Month-end monthly recurring revenue at " + asOf, formats));
        html.append(moneyCard("arr", "ARR", summary.arr(), "Annual recurring revenue at " + asOf, formats));
        html.append(ratioCard("Net revenue retention (NRR)", summary.nrr(), summary.benchmark("nrr"), formats));
        html.append(ratioCard("Gross revenue retention (GRR)", summary.grr(), summary.benchmark("grr"), formats));
        html.append(ratioCard("Expansion share of new MRR", summary.expansionShare(), summary.benchmark("expansion_share"), formats));
        html.append("</div>\n");
        if (!formats.hasCurrency()) {
            html.append(Html.paragraph("notice", SummaryReader.FILE + " names no currency, so money amounts are shown without one."));
        }
        return html.toString();
    }

    private static String moneyCard(String name, String label, Double value, String detail, Formats formats) {
        if (value == null) {
            return card(name, label, "n/a", List.of(label + " could not be computed for this run."));
        }
        return card(name, label, formats.money(value), List.of(detail));
    }

    private static String ratioCard(String label, Metric metric, Optional<Benchmark> benchmark, Formats formats) {
        List<String> details = new ArrayList<>();
        if (metric.value() == null) {
            details.add(label + " could not be computed: " + metric.reason());
        } else {
            details.add(periodSentence(metric));
        }
        benchmark.ifPresent(target -> details.add(targetSentence(metric, target, formats)));
        if (!metric.components().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Double> component : metric.components().entrySet()) {
                parts.add(component.getKey() + " " + formats.money(component.getValue()));
            }
            details.add("From " + String.join(", ", parts) + ".");
        }
        String value = metric.value() == null ? "n/a" : formats.percent(metric.value());
        return card(metric.name(), label, value, details);
    }

    private static String periodSentence(Metric metric) {
        String period = metric.period().isEmpty() ? "Period not given" : "Period " + metric.period();
        return metric.accounts() == null ? period + "." : period + ", " + metric.accounts() + " accounts.";
    }

    /** Describes the target and, when the value exists, the gap to it in percentage points. */
    private static String targetSentence(Metric metric, Benchmark benchmark, Formats formats) {
        String target = "Target " + formats.percent(benchmark.target());
        if (metric.value() == null) {
            return target + "; no gap can be given without a value.";
        }
        double gap = metric.value() - benchmark.target();
        String direction = gap >= 0 ? "at or above target" : "below target";
        return target + ", gap " + formats.percentagePoints(gap) + " (" + direction + ").";
    }

    private static String card(String name, String label, String value, List<String> details) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"card\" id=\"headline-").append(Html.escape(name)).append("\">")
                .append("<div class=\"card-label\">").append(Html.escape(label)).append("</div>")
                .append("<div class=\"card-value\">").append(Html.escape(value)).append("</div>");
        for (String detail : details) {
            html.append("<div class=\"card-detail\">").append(Html.escape(detail)).append("</div>");
        }
        return html.append("</div>\n").toString();
    }
}
