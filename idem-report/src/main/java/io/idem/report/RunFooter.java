package io.idem.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.idem.report.html.Html;
import io.idem.report.input.RunInfo;
import java.util.Map;
import java.util.Optional;

/** The run footer: run id, as-of date, configuration hash and version, with the rest of {@code run.json} in a collapsed block. */
final class RunFooter {

    private RunFooter() {
    }

    static String render(ReportContext context) {
        String body = Guard.render("run", () -> {
            Optional<RunInfo> run = context.run();
            if (run.isEmpty()) {
                return Html.missingNotice(RunInfo.FILE);
            }
            return identity(run.get()) + details(run.get(), context);
        });
        return "<footer id=\"run\">\n<h2>Run</h2>\n" + body + "<p class=\"generated\">Written by the Idem report from the files of this output folder.</p>\n</footer>\n";
    }

    private static String identity(RunInfo run) {
        return "<dl class=\"run\">"
                + entry("Run id", run.runId())
                + entry("As of", run.asOf())
                + entry("Configuration hash", run.configurationHash())
                + entry("Configuration version", run.version())
                + "</dl>\n";
    }

    private static String entry(String label, String value) {
        String text = value == null ? "not recorded" : value;
        return "<dt>" + Html.escape(label) + "</dt><dd>" + Html.escape(text) + "</dd>";
    }

    /** Renders every other field of run.json, such as the import summary and stage timings. */
    private static String details(RunInfo run, ReportContext context) {
        StringBuilder html = new StringBuilder();
        for (Map.Entry<String, JsonNode> field : run.document().properties()) {
            if (!RunInfo.identityFields().contains(field.getKey())) {
                html.append(JsonTables.render(field.getKey(), field.getValue(), context.formats()));
            }
        }
        return html.isEmpty() ? "" : Html.details("Import summary, stage timings and other run details", html.toString());
    }
}
