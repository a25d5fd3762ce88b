package io.idem.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.identify.SegmentEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A saved plan ({@code idem plan --out plan.json}): the configuration it was made with, the
 * store's last run at that time and the as-of date. {@code idem apply plan.json} runs it only while
 * both are unchanged, so what is applied is what was reviewed.
 */
public record PlanFile(String workspace, String configHash, String configVersion, LocalDate asOf, String lastRunId) {

    public PlanFile {
        Objects.requireNonNull(configHash, "configHash is null");
        Objects.requireNonNull(asOf, "asOf is null");
    }

    /**
     * Writes the plan with its summary: members, entries and exits per segment, firings per trigger,
     * plays that would start, and per segment playbook the current members that have no play of it.
     */
    public static void write(Path file, PlanFile plan, DryRun.Outcome outcome) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("workspace", plan.workspace());
        root.put("config_hash", plan.configHash());
        root.put("config_version", plan.configVersion());
        root.put("as_of", plan.asOf().toString());
        root.put("last_run_id", plan.lastRunId());
        ObjectNode segments = root.putObject("segments");
        for (SegmentEngine.Change change : outcome.segments().values()) {
            ObjectNode segment = segments.putObject(change.segment());
            segment.put("members", change.members().size());
            segment.put("entering", change.entered().size());
            segment.put("leaving", change.left().size());
        }
        ObjectNode triggers = root.putObject("triggers_firing");
        outcome.triggers().fired().forEach((name, accounts) -> triggers.put(name, accounts.size()));
        root.put("plays_starting", outcome.plays().plays().size());
        root.put("tasks_created", outcome.plays().tasks().size());
        root.put("opportunities_created", outcome.plays().opportunities().size());
        ObjectNode withoutPlay = root.putObject("members_without_play");
        for (MembersWithoutPlay unreached : outcome.membersWithoutPlay()) {
            ObjectNode playbook = withoutPlay.putObject(unreached.playbook());
            playbook.put("segment", unreached.segment());
            playbook.put("count", unreached.count());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a plan written by {@link #write}; a missing or invalid file raises an error that names the file and the field. */
    public static PlanFile read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan file " + file + ": " + e.getMessage()
                    + "; write one with 'idem plan --out " + file + "'", e);
        }
        String hash = text(root, "config_hash");
        String asOf = text(root, "as_of");
        if (hash == null || asOf == null) {
            throw new UncheckedIOException(new IOException("plan file " + file + " has no '" + (hash == null ? "config_hash" : "as_of")
                    + "'; write it again with 'idem plan --out " + file + "'"));
        }
        try {
            return new PlanFile(text(root, "workspace"), hash, text(root, "config_version"), LocalDate.parse(asOf), text(root, "last_run_id"));
        } catch (DateTimeParseException e) {
            throw new UncheckedIOException(new IOException("plan file " + file + " has an invalid as_of '" + asOf
                    + "'; write it again with 'idem plan --out " + file + "'"));
        }
    }

    /**
     * Returns why this plan can no longer be applied: the configuration's hash differs from
     * {@code currentHash}, or the store's last run is no longer {@code currentLastRunId}. Empty
     * when it can be applied.
     */
    public List<String> staleReasons(String currentHash, String currentLastRunId) {
        List<String> reasons = new ArrayList<>();
        if (!configHash.equals(currentHash)) {
            reasons.add("idem.yaml changed since the plan was made (plan configuration " + shortHash(configHash) + ", now "
                    + shortHash(currentHash) + ")");
        }
        if (!Objects.equals(lastRunId, currentLastRunId)) {
            reasons.add("another run happened since the plan was made (last run then " + (lastRunId == null ? "none" : lastRunId)
                    + ", now " + (currentLastRunId == null ? "none" : currentLastRunId) + ")");
        }
        return reasons;
    }

    private static String shortHash(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
