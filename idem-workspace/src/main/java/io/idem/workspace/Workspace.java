package io.idem.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated workspace: everything in idem.yaml, plus the folder it came from, the
 * SHA-256 of the file's bytes, which every run records so that outputs trace back to the
 * configuration that produced them, and where each field's value starts, for error messages.
 * {@code journey} is {@link Journey#NONE} when idem.yaml has no {@code journey} section.
 * {@code accountFields} are the attributes declared under {@code account_fields:}, which playbook steps set.
 */
public record Workspace(Path directory, Path configFile, String name, String version, Path dataDirectory,
                        LocalDate asOf, Map<String, Source> sources, Map<String, Feature> features,
                        Map<String, Trigger> triggers, Map<String, Segment> segments, List<HealthModel> healthModels,
                        OfferCatalog offers, Map<String, Playbook> playbooks, Map<String, Benchmark> benchmarks,
                        List<TeamMember> team, String contentHash, String content, Map<String, Location> valueLocations,
                        Journey journey, Map<String, SuccessPlanTemplate> successPlans,
                        Map<String, AccountField> accountFields) {

    public Workspace {
        sources = copy(sources);
        features = copy(features);
        triggers = copy(triggers);
        segments = copy(segments);
        healthModels = List.copyOf(healthModels);
        playbooks = copy(playbooks);
        benchmarks = copy(benchmarks);
        team = List.copyOf(team);
        valueLocations = valueLocations == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(valueLocations));
        journey = journey == null ? Journey.NONE : journey;
        successPlans = successPlans == null ? Map.of() : copy(successPlans);
        accountFields = accountFields == null ? Map.of() : copy(accountFields);
    }

    /**
     * Returns where the value of a field starts in idem.yaml, for example
     * {@code features.usage_change_30d.expression}; {@code fallback} when the field was not in the file.
     */
    public Location locationOf(String field, Location fallback) {
        Location location = valueLocations.get(field);
        return location == null ? fallback : location;
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Returns the first source of a kind, for kinds a workspace has at most once (accounts, subscriptions). */
    public Optional<Source> sourceOfKind(SourceKind kind) {
        return sources.values().stream().filter(s -> s.kind() == kind).findFirst();
    }

    public List<Source> sourcesOfKind(SourceKind kind) {
        return sources.values().stream().filter(s -> s.kind() == kind).toList();
    }

    public List<TeamMember> teamMembers(String teamName) {
        return team.stream().filter(m -> m.team().equals(teamName)).toList();
    }

    /** Returns the benchmark target for a metric, or {@code defaultTarget} when the workspace sets none. */
    public Benchmark benchmark(String metric, double defaultTarget, String defaultSource) {
        return benchmarks.getOrDefault(metric, new Benchmark(metric, defaultTarget, defaultSource));
    }
}
