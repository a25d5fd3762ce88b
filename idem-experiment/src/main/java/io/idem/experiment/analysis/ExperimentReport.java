package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.srm.SrmResult;
import io.idem.statistics.variance.CupedResult;
import java.util.List;

/**
 * Analysis of an experiment: the sample ratio check, per-variant outcomes, each variant against the control
 * by every method, the CUPED adjustments and the sample size plan.
 *
 * @param experimentId experiment id
 * @param control control variant
 * @param alpha level of every test and interval
 * @param accounts exposed accounts analysed
 * @param sampleRatio chi-square check of the observed split against the planned weights
 * @param arms per-variant summary, in design order
 * @param conversionCuped CUPED adjustment of conversion, shared by all comparisons; null without a pre-period
 *     covariate
 * @param expansionMrrCuped CUPED adjustment of expansion MRR; null without a pre-period covariate
 * @param comparisons each non-control variant against the control, in design order
 * @param plan sample size plans, one per non-control variant
 * @param notes caveats a reader should see next to the numbers
 */
public record ExperimentReport(String experimentId, String control, double alpha, long accounts,
        SrmResult sampleRatio, List<ArmSummary> arms, CupedResult conversionCuped, CupedResult expansionMrrCuped,
        List<VariantComparison> comparisons, List<VariantPlan> plan, List<String> notes) {

    public ExperimentReport {
        requireNonNull(experimentId, "experimentId is null");
        requireNonNull(control, "control is null");
        requireNonNull(sampleRatio, "sampleRatio is null");
        arms = List.copyOf(requireNonNull(arms, "arms is null"));
        comparisons = List.copyOf(requireNonNull(comparisons, "comparisons is null"));
        plan = List.copyOf(requireNonNull(plan, "plan is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }

    /** Returns the comparison of a variant with the control. */
    public VariantComparison comparison(String variant) {
        return comparisons.stream().filter(c -> c.variant().equals(variant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no comparison for variant " + variant
                        + "; the report compares " + comparisons.stream().map(VariantComparison::variant).toList()));
    }
}
