package io.idem.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The identity of a run, read from {@code run.json}: run id, as-of date, configuration hash and
 * version, plus the whole document for the import summary and stage timings.
 *
 * @param runId the run id, or {@code null} when absent
 * @param asOf the as-of date as written, or {@code null}
 * @param configurationHash the hash of the workspace configuration, or {@code null}
 * @param version the Idem version that ran, or {@code null}
 * @param document the parsed file, a JSON object
 */
public record RunInfo(String runId, String asOf, String configurationHash, String version, JsonNode document) {

    public static final String FILE = "run.json";

    /** Field names tried in order for each identity value; the first present wins. */
    static final List<String> RUN_ID_FIELDS = List.of("run_id", "id");
    static final List<String> AS_OF_FIELDS = List.of("as_of");
    static final List<String> HASH_FIELDS = List.of("config_hash", "configuration_hash");
    static final List<String> VERSION_FIELDS = List.of("config_version", "version", "idem_version");

    /** Returns the field names that hold the identity values, which the report shows apart from the rest. */
    public static List<String> identityFields() {
        return List.of("run_id", "id", "as_of", "config_hash", "configuration_hash", "config_version", "version", "idem_version");
    }

    /**
     * Reads {@code run.json} under {@code folder}. Returns empty when the file does not exist.
     * Identity values may be strings or numbers.
     *
     * @throws ReportInputException when the file is not a JSON object or an identity field is an object or array
     */
    public static Optional<RunInfo> read(Path folder) throws ReportInputException {
        Path path = folder.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }

        JsonNode root = SummaryReader.readTree(path, FILE);
        if (!root.isObject()) {
            throw new ReportInputException(FILE, "expected a JSON object at the top level, found " + root.getNodeType());
        }
        return Optional.of(new RunInfo(first(root, RUN_ID_FIELDS), first(root, AS_OF_FIELDS), first(root, HASH_FIELDS),
                first(root, VERSION_FIELDS), root));
    }

    private static String first(JsonNode root, List<String> names) throws ReportInputException {
        for (String name : names) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isValueNode()) {
                throw new ReportInputException(FILE, "field " + name + ": expected a string or number, found " + node.getNodeType());
            }
            return node.asText();
        }
        return null;
    }
}
