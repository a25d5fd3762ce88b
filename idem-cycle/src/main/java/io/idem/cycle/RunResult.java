package io.idem.cycle;

import io.idem.ingest.ImportSummary;
import io.idem.revenue.RevenueSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a run did: its id, the import summary, counts of what identify and execute produced, revenue and stage timings. */
public record RunResult(String runId, String workspaceName, LocalDate asOf, String configHash, String configVersion, Path outputDirectory,
                        ImportSummary imports, int accounts, Map<String, Integer> segmentSizes, Map<String, Integer> triggerFirings,
                        int playsStarted, int tasksCreated, int opportunitiesCreated, RevenueSummary revenue, int backtestRows,
                        Map<String, Long> stageMillis, List<String> warnings) {

    public RunResult {
        segmentSizes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segmentSizes));
        triggerFirings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triggerFirings));
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        warnings = List.copyOf(warnings);
    }
}
