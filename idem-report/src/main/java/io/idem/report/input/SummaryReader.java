package io.idem.report.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code revenue/summary.json} into a {@link RevenueSummary}, naming the field of any value of the wrong type. */
public final class SummaryReader {

    public static final String FILE = "revenue/summary.json";
    private static final List<String> EXPANSION_COMPONENTS = List.of("new", "expansion", "reactivation");

    private SummaryReader() {
    }

    /**
     * Reads the summary under {@code folder}. Returns empty when the file does not exist. A metric
     * object that is absent reads as a metric without a value, with a reason that says so.
     *
     * @throws ReportInputException when the file is not valid JSON or a field has the wrong type
     */
    public static Optional<RevenueSummary> read(Path folder) throws ReportInputException {
        Path path = folder.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }

        JsonNode root = readTree(path, FILE);
        if (!root.isObject()) {
            throw new ReportInputException(FILE, "expected a JSON object at the top level, found " + root.getNodeType());
        }
        JsonFields fields = new JsonFields(FILE);
        return Optional.of(new RevenueSummary(
                fields.text(root, "as_of"),
                fields.text(root, "currency"),
                fields.number(root, "mrr"),
                fields.number(root, "arr"),
                metric(fields, root, "nrr", List.of()),
                metric(fields, root, "grr", List.of()),
                metric(fields, root, "expansion_share", EXPANSION_COMPONENTS),
                benchmarks(fields, root)));
    }

    /** Parses a JSON file, turning a syntax error into a {@link ReportInputException} with its line and column. */
    static JsonNode readTree(Path path, String file) throws ReportInputException {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(path));
        } catch (JacksonException e) {
            String location = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new ReportInputException(file, location + "invalid JSON (" + e.getOriginalMessage() + "); rewrite the file as valid JSON", e);
        } catch (IOException e) {
            throw new ReportInputException(file, "failed to read the file: " + e.getMessage(), e);
        }
    }

    private static Metric metric(JsonFields fields, JsonNode root, String name, List<String> componentNames) throws ReportInputException {
        JsonNode node = fields.object(root, name);
        if (node == null) {
            return Metric.absent(name);
        }

        Map<String, Double> components = new LinkedHashMap<>();
        for (String component : componentNames) {
            Double amount = fields.number(node, name + "." + component, component);
            if (amount != null) {
                components.put(component, amount);
            }
        }
        Double accounts = fields.number(node, name + ".accounts", "accounts");
        return new Metric(name,
                fields.number(node, name + ".value", "value"),
                fields.text(node, name + ".start_month", "start_month"),
                fields.text(node, name + ".end_month", "end_month"),
                accounts == null ? null : Math.round(accounts),
                fields.text(node, name + ".reason", "reason"),
                components);
    }

    private static Map<String, Benchmark> benchmarks(JsonFields fields, JsonNode root) throws ReportInputException {
        JsonNode node = fields.object(root, "benchmarks");
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        if (node == null) {
            return benchmarks;
        }

        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "benchmarks." + entry.getKey();
            JsonNode benchmark = fields.object(node, path, entry.getKey());
            Double target = benchmark == null ? null : fields.number(benchmark, path + ".target", "target");
            if (target != null) {
                benchmarks.put(entry.getKey(), new Benchmark(target, fields.text(benchmark, path + ".source", "source")));
            }
        }
        return benchmarks;
    }
}
