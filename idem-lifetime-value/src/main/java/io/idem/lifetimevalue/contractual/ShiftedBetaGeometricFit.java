package io.idem.lifetimevalue.contractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.Convergence;

/**
 * Maximum likelihood sBG fit of one cohort.
 *
 * @param model fitted parameters
 * @param counts survivor counts the model was fitted on
 * @param convergence diagnostics of the optimiser
 */
public record ShiftedBetaGeometricFit(ShiftedBetaGeometric model, SurvivorCounts counts, Convergence convergence) {

    public ShiftedBetaGeometricFit {
        requireNonNull(model, "model is null");
        requireNonNull(counts, "counts is null");
        requireNonNull(convergence, "convergence is null");
    }

    /** Returns the survivors the model expects at the end of {@code period}: cohort size times S(period). */
    public double expectedSurvivors(int period) {
        return counts.cohortSize() * model.survival(period);
    }
}
