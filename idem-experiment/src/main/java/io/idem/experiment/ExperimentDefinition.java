package io.idem.experiment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An experiment on plays: the accounts of a segment are split between variants by a stable hash of the
 * experiment id and the account id, and the variants are compared with the control on conversion and
 * expansion MRR.
 *
 * @param id experiment id in the characters of {@link Variant#NAME}; it has no colon, so the hashed key
 *     {@code id:accountId} identifies the account even when account ids contain colons
 * @param segment name of the segment whose accounts enter the experiment
 * @param variants at least 2 variants with distinct names, in the order the hash buckets use
 * @param control name of the variant the others are compared with, usually the holdout
 * @param stratifyBy account column whose values are balanced across variants, or null for plain hashing
 * @param startDate first day on which accounts are exposed
 * @param outcomes outcome windows in days after exposure
 * @param design planning targets
 */
public record ExperimentDefinition(String id, String segment, List<Variant> variants, String control,
        String stratifyBy, LocalDate startDate, OutcomeWindows outcomes, DesignTargets design) {

    public ExperimentDefinition {
        requireExperimentId(id);
        requireNonNull(segment, "segment is null");
        if (segment.isBlank()) {
            throw new IllegalArgumentException("experiment " + id + " has a blank segment; name the segment whose"
                    + " accounts enter it");
        }
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
        requireDistinctVariants("experiment " + id, variants);
        requireNonNull(control, "control is null");
        if (variants.stream().noneMatch(v -> v.name().equals(control))) {
            throw new IllegalArgumentException("control '" + control + "' of experiment " + id
                    + " is not one of its variants " + names(variants) + "; name one of them");
        }
        if (stratifyBy != null && stratifyBy.isBlank()) {
            throw new IllegalArgumentException("experiment " + id + " has a blank stratification column; name a"
                    + " column or leave it out");
        }
        requireNonNull(startDate, "startDate is null");
        requireNonNull(outcomes, "outcomes is null");
        requireNonNull(design, "design is null");
    }

    /**
     * Checks an experiment id.
     *
     * @throws IllegalArgumentException naming the id and the allowed characters
     */
    public static void requireExperimentId(String id) {
        requireNonNull(id, "experiment id is null");
        if (!Variant.NAME.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid experiment id '" + id + "': use 1 to 100 letters, digits,"
                    + " underscores, hyphens or dots, such as upsell-2025-q1");
        }
    }

    /** Returns the stratification column, if the design has one. */
    public Optional<String> stratification() {
        return Optional.ofNullable(stratifyBy);
    }

    /** Returns the variant of the given name. */
    public Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * Checks that there are at least 2 variants and that no name repeats.
     *
     * @param owner what the variants belong to, for the message, such as "experiment upsell-q1"
     */
    public static void requireDistinctVariants(String owner, List<Variant> variants) {
        if (variants.size() < 2) {
            throw new IllegalArgumentException(owner + " needs at least 2 variants, got " + variants.size()
                    + "; add a control such as holdout:0.10");
        }
        Set<String> seen = new HashSet<>();
        for (Variant variant : variants) {
            if (!seen.add(variant.name())) {
                throw new IllegalArgumentException(owner + " lists variant " + variant.name() + " twice; give each"
                        + " variant one entry");
            }
        }
    }

    private static String names(List<Variant> variants) {
        return variants.stream().map(Variant::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
