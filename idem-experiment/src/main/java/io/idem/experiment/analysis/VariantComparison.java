package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

/**
 * A variant against the control; every effect is variant minus control.
 *
 * @param variant the variant compared
 * @param control the control variant
 * @param conversion conversion within the conversion window
 * @param expansionMrr expansion MRR per account within the expansion window
 */
public record VariantComparison(String variant, String control, MetricComparison conversion,
        MetricComparison expansionMrr) {

    public VariantComparison {
        requireNonNull(variant, "variant is null");
        requireNonNull(control, "control is null");
        requireNonNull(conversion, "conversion is null");
        requireNonNull(expansionMrr, "expansionMrr is null");
    }
}
