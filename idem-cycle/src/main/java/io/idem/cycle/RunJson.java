package io.idem.cycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.ingest.FileImport;
import io.idem.ingest.RuleWarning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code run.json}: the run's id, as-of date, configuration, import counts and stage timings. */
final class RunJson {

    private RunJson() {
    }

    static void write(Path folder, RunResult result, Map<String, Long> stageMillis) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("run_id", result.runId());
        root.put("workspace", result.workspaceName());
        root.put("as_of", result.asOf().toString());
        root.put("config_hash", result.configHash());
        root.put("config_version", result.configVersion());
        root.put("accounts", result.accounts());
        ArrayNode files = root.putArray("imports");
        for (FileImport file : result.imports().files()) {
            ObjectNode node = files.addObject();
            node.put("source", file.sourceName());
            node.put("file", file.file().getFileName().toString());
            node.put("rows_read", file.rowsRead());
            node.put("rows_loaded", file.rowsLoaded());
            node.put("rows_quarantined", file.rowsQuarantined());
            node.put("unchanged", file.skipped());
            ArrayNode warnings = node.putArray("warnings");
            for (RuleWarning warning : file.warnings()) {
                ObjectNode item = warnings.addObject();
                item.put("rule", warning.rule().code());
                item.put("column", warning.column());
                item.put("count", warning.count());
                item.put("message", warning.message());
            }
        }
        ObjectNode segments = root.putObject("segments");
        result.segmentSizes().forEach(segments::put);
        ObjectNode triggers = root.putObject("triggers_fired");
        result.triggerFirings().forEach(triggers::put);
        root.put("plays_started", result.playsStarted());
        root.put("tasks_created", result.tasksCreated());
        root.put("opportunities_created", result.opportunitiesCreated());
        ObjectNode stages = root.putObject("stage_seconds");
        stageMillis.forEach((stage, millis) -> stages.put(stage, millis / 1000.0));
        try {
            Files.createDirectories(folder);
            mapper.writeValue(folder.resolve("run.json").toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve("run.json") + ": " + e.getMessage(), e);
        }
    }
}
