package io.idem.design.measure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.design.health.CsvLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the operational measures and the attribution into an output folder. Amounts have 2
 * decimals; a win rate or median that cannot be computed is an empty field.
 */
public final class OperationsCsvWriter {

    static final String MEASURE_COLUMNS = "plays_started,plays_completed,tasks_completed,tasks_on_time,sla_breaches,won,lost,win_rate,"
            + "expansion_mrr_booked,median_days_to_won";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private OperationsCsvWriter() {
    }

    /** Writes the three {@code operations_by_*.csv} files. */
    public static void writeOperations(Path folder, OperationsReport report) {
        write(folder.resolve("operations_by_playbook.csv"), "playbook," + MEASURE_COLUMNS, rows(report.byPlaybook()));
        write(folder.resolve("operations_by_owner.csv"), "owner," + MEASURE_COLUMNS, rows(report.byOwner()));
        write(folder.resolve("operations_by_segment.csv"), "started_by," + MEASURE_COLUMNS, rows(report.byStarter()));
    }

    /** Writes {@code touchpoints_by_account.csv}: account_id, touchpoints in the last 90 days. */
    public static void writeTouchpoints(Path folder, Map<String, Long> counts) {
        List<String> lines = new ArrayList<>();
        counts.forEach((account, count) -> lines.add(CsvLine.of(List.of(account, count))));
        write(folder.resolve("touchpoints_by_account.csv"), "account_id,touchpoints", lines);
    }

    /** Writes {@code attribution.csv} and {@code attribution_summary.json}. */
    public static void writeAttribution(Path folder, AttributionResult result) {
        List<String> lines = new ArrayList<>();
        for (PlaybookAttribution row : result.byPlaybook()) {
            lines.add(CsvLine.of(List.of(row.playbook(), cents(row.attributed()), cents(row.influenced()))));
        }
        write(folder.resolve("attribution.csv"), "playbook,attributed_mrr,influenced_mrr", lines);

        ObjectNode root = MAPPER.createObjectNode();
        root.put("as_of", result.asOf().toString());
        root.put("window_days", result.windowDays());
        root.put("ledger_entries", result.entries());
        root.put("expansion_mrr", cents(result.expansion()));
        root.put("attributed_mrr", cents(result.attributed()));
        root.put("influenced_mrr", cents(result.influenced()));
        root.put("unattributed_mrr", cents(result.unattributed()));
        Path file = folder.resolve("attribution_summary.json");
        try {
            Files.createDirectories(folder);
            MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> rows(List<OperationalMeasures> measures) {
        List<String> lines = new ArrayList<>();
        for (OperationalMeasures m : measures) {
            List<Object> fields = new ArrayList<>(List.of(m.group(), m.playsStarted(), m.playsCompleted(), m.tasksCompleted(),
                    m.tasksOnTime(), m.slaBreaches(), m.won(), m.lost()));
            fields.add(m.winRate());
            fields.add(cents(m.expansionMrrBooked()));
            fields.add(m.medianDaysToWon());
            lines.add(CsvLine.of(fields));
        }
        return lines;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void write(Path file, String header, List<String> lines) {
        StringBuilder text = new StringBuilder(header).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
