package io.idem.report;

import io.idem.report.chart.BulletChart;
import io.idem.report.html.Formats;
import io.idem.report.html.Html;
import io.idem.report.html.Table;
import io.idem.report.html.Table.Column;
import io.idem.report.input.Benchmark;
import io.idem.report.input.Metric;
import io.idem.report.input.RevenueSummary;
import io.idem.report.input.SummaryReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NRR, GRR and the expansion share against their benchmark targets, as a bullet chart. Metrics
 * without a target are drawn without a marker, and the section names them.
 */
final class BenchmarkSection implements Section {

    /** A metric of the summary with its display label and benchmark, when one is configured. */
    private record Entry(String label, Metric metric, Optional<Benchmark> benchmark) {
    }

    @Override
    public String id() {
        return "benchmarks";
    }

    @Override
    public String title() {
        return "Retention and expansion against benchmarks";
    }

    @Override
    public String render(ReportContext context) {
        return Guard.render(id(), () -> {
            Optional<RevenueSummary> summary = context.summary();
            if (summary.isEmpty()) {
                return Html.missingNotice(SummaryReader.FILE);
            }
            return body(entries(summary.get()), context.formats());
        });
    }

    private static List<Entry> entries(RevenueSummary summary) {
        return List.of(
                new Entry("NRR", summary.nrr(), summary.benchmark("nrr")),
                new Entry("GRR", summary.grr(), summary.benchmark("grr")),
                new Entry("Expansion share", summary.expansionShare(), summary.benchmark("expansion_share")));
    }

    private static String body(List<Entry> entries, Formats formats) {
        List<BulletChart.Row> rows = new ArrayList<>();
        List<String> withoutTarget = new ArrayList<>();
        Table table = new Table("data", List.of(Column.text("Metric"), Column.number("Value"), Column.number("Target"),
                Column.number("Gap to target"), Column.text("Period"), Column.text("Benchmark source")));

        for (Entry entry : entries) {
            Metric metric = entry.metric();
            Double target = entry.benchmark().map(Benchmark::target).orElse(null);
            rows.add(new BulletChart.Row(entry.label(), metric.value(), target));
            if (target == null) {
                withoutTarget.add(entry.label());
            }
            String value = metric.value() == null ? "not computed: " + metric.reason() : formats.percent(metric.value());
            String gap = metric.value() == null || target == null ? "" : formats.percentagePoints(metric.value() - target);
            table.row(entry.label(), value, target == null ? "none" : formats.percent(target), gap, metric.period(),
                    entry.benchmark().map(Benchmark::source).orElse(""));
        }

        BulletChart chart = new BulletChart("chart-benchmarks", "NRR, GRR and expansion share against benchmark targets",
                "One row per metric: the bar is the value for the run and the black marker is the benchmark target, where one is configured.",
                rows, "ratio", (value, digits) -> formats.percent(value), formats::percent);
        StringBuilder html = new StringBuilder("<figure>\n").append(chart.render())
                .append("<figcaption>NRR, GRR and expansion share against benchmark targets</figcaption>\n</figure>\n");
        if (!withoutTarget.isEmpty()) {
            html.append(Html.paragraph("notice", "No benchmark target is configured for " + Formats.list(withoutTarget)
                    + ", so the chart shows the value without a target marker."));
        }
        html.append(Html.details("Chart data: metrics and targets", table.render()));
        return html.toString();
    }
}
