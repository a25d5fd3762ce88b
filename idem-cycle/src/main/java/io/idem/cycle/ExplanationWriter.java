package io.idem.cycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.idem.identify.AccountFrame;
import io.idem.identify.ConditionExplainer;
import io.idem.identify.ConditionExplanation;
import io.idem.identify.Definitions;
import io.idem.identify.SegmentEngine;
import io.idem.workspace.Trigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the explanation trees of this run's segment members and trigger firings as JSON, and the
 * firings with their one-line explanation as CSV. The formats are in docs/outputs.md.
 */
final class ExplanationWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private final Definitions definitions;
    private final AccountFrame frame;
    private final LocalDate asOf;

    ExplanationWriter(Path folder, Definitions definitions, AccountFrame frame, LocalDate asOf) {
        this.folder = folder;
        this.definitions = definitions;
        this.frame = frame;
        this.asOf = asOf;
    }

    private ConditionExplanation explainMember(String segment, String account) {
        return ConditionExplainer.explain(definitions.segmentCondition(segment), frame, frame.rowOf(account), asOf, definitions);
    }

    /**
     * Writes {@code segment_explanations.json}: per segment, one object per member with its entry date
     * and explanation tree. It is one file beside the folder {@code segments/}, which holds only CSV.
     */
    void segments(Map<String, SegmentEngine.Change> changes, Map<String, Map<String, LocalDate>> entryDates) {
        Map<String, Object> segments = new LinkedHashMap<>();
        for (SegmentEngine.Change change : changes.values()) {
            Map<String, LocalDate> entered = entryDates.getOrDefault(change.segment(), Map.of());
            List<Map<String, Object>> members = new ArrayList<>();
            for (String account : change.members()) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("account_id", account);
                member.put("entered_on", entered.getOrDefault(account, asOf).toString());
                member.put("explanation", explainMember(change.segment(), account).toMap());
                members.add(member);
            }
            segments.put(change.segment(), members);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("as_of", asOf.toString());
        root.put("segments", segments);
        write(folder.resolve("segment_explanations.json"), root);
    }

    /**
     * Writes {@code trigger_explanations.csv} and {@code .json} for the firings of this run:
     * trigger, kind, account and the explanation of the trigger's condition at the as-of date.
     */
    void triggers(Map<String, List<String>> fired) {
        List<Map<String, Object>> firings = new ArrayList<>();
        try (Csv csv = Csv.open(folder.resolve("trigger_explanations.csv"), "trigger", "kind", "account_id", "fired_on", "explanation")) {
            for (Map.Entry<String, List<String>> entry : fired.entrySet()) {
                Trigger trigger = definitions.workspace().triggers().get(entry.getKey());
                String kind = trigger == null ? null : trigger.kind().configName();
                for (String account : entry.getValue()) {
                    ConditionExplanation explanation = ConditionExplainer.explain(definitions.triggerCondition(entry.getKey()), frame,
                            frame.rowOf(account), asOf, definitions);
                    csv.row(entry.getKey(), kind, account, asOf, explanation.oneLine());
                    Map<String, Object> firing = new LinkedHashMap<>();
                    firing.put("trigger", entry.getKey());
                    firing.put("kind", kind);
                    firing.put("account_id", account);
                    firing.put("fired_on", asOf.toString());
                    firing.put("explanation", explanation.toMap());
                    firings.add(firing);
                }
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("as_of", asOf.toString());
        root.put("firings", firings);
        write(folder.resolve("trigger_explanations.json"), root);
    }

    private static void write(Path file, Object root) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
