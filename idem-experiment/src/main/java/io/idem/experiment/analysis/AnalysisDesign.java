package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.DesignTargets;
import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.Variant;
import io.idem.statistics.srm.SampleRatioMismatch;
import java.util.List;

/**
 * Settings of an analysis: the experiment's variants, control, targets and sample ratio threshold.
 *
 * @param experimentId experiment id, for the report
 * @param variants variants with their planned weights, in design order
 * @param control name of the variant every other one is compared with
 * @param targets planning targets; alpha is also the level of every test and interval
 * @param srmThreshold p-value below which the sample ratio check flags a mismatch, strictly between 0 and 1
 */
public record AnalysisDesign(String experimentId, List<Variant> variants, String control, DesignTargets targets,
        double srmThreshold) {

    public AnalysisDesign {
        ExperimentDefinition.requireExperimentId(experimentId);
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
        ExperimentDefinition.requireDistinctVariants("experiment " + experimentId, variants);
        requireNonNull(control, "control is null");
        if (variants.stream().noneMatch(v -> v.name().equals(control))) {
            throw new IllegalArgumentException("control '" + control + "' is not one of the variants "
                    + variants.stream().map(Variant::name).toList() + "; name one of them");
        }
        requireNonNull(targets, "targets is null");
        if (!(srmThreshold > 0 && srmThreshold < 1)) {
            throw new IllegalArgumentException("sample ratio threshold must be strictly between 0 and 1, got "
                    + srmThreshold + "; use 0.001");
        }
    }

    /** Returns the design of a defined experiment with the default sample ratio threshold of 0.001. */
    public static AnalysisDesign of(ExperimentDefinition definition) {
        return new AnalysisDesign(definition.id(), definition.variants(), definition.control(), definition.design(),
                SampleRatioMismatch.DEFAULT_THRESHOLD);
    }
}
