package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

/**
 * Sample size plans of a variant against the control.
 *
 * @param variant the variant
 * @param allocationRatio planned accounts of the variant per control account
 * @param conversion plan for conversion
 * @param expansionMrr plan for expansion MRR
 */
public record VariantPlan(String variant, double allocationRatio, MetricPlan conversion, MetricPlan expansionMrr) {

    public VariantPlan {
        requireNonNull(variant, "variant is null");
        requireNonNull(conversion, "conversion is null");
        requireNonNull(expansionMrr, "expansionMrr is null");
    }
}
