package io.idem.propensity.cli;

import io.idem.propensity.explain.Explanation;
import io.idem.propensity.explain.FeatureContribution;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes per-row scores as CSV: {@code id,partition,label}, then for each model
 * {@code <model>_probability,<model>_reasons_up,<model>_reasons_down}. A reason reads
 * {@code feature=value (+0.412)}, the feature's contribution to the log-odds; reasons are joined with "; ".
 */
final class ScoreFile {

    private ScoreFile() {
    }

    static void write(PrintWriter out, List<String> ids, Map<String, String> partitions, boolean[] labels,
            List<String> models, List<List<Explanation>> explanations, int reasons) {
        StringBuilder header = new StringBuilder("id,partition,label");
        for (String model : models) {
            header.append(',').append(model).append("_probability,").append(model).append("_reasons_up,")
                    .append(model).append("_reasons_down");
        }
        out.println(header);
        for (int row = 0; row < ids.size(); row++) {
            StringBuilder line = new StringBuilder()
                    .append(quote(ids.get(row))).append(',')
                    .append(partitions.get(ids.get(row))).append(',')
                    .append(labels[row] ? 1 : 0);
            for (List<Explanation> modelExplanations : explanations) {
                Explanation explanation = modelExplanations.get(row);
                line.append(',').append(String.format(Locale.ROOT, "%.6f", explanation.probability()))
                        .append(',').append(quote(render(explanation.topUp(reasons))))
                        .append(',').append(quote(render(explanation.topDown(reasons))));
            }
            out.println(line);
        }
    }

    private static String render(List<FeatureContribution> contributions) {
        return contributions.stream()
                .map(c -> String.format(Locale.ROOT, "%s=%s (%+.3f)", c.feature(), c.value(), c.contribution()))
                .collect(Collectors.joining("; "));
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
