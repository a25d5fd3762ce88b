package io.idem.experiment.simulation;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.analysis.ExperimentReport;

/**
 * A simulated experiment with the effect that was injected into play_a.
 *
 * @param spec settings of the simulation
 * @param report analysis of the simulated outcomes
 * @param accounts customers on the start date, which form the population
 * @param organicRate share of the population that converted without the injected effect
 * @param injectedConversions play_a accounts converted by the injected effect
 */
public record SimulationResult(SimulationSpec spec, ExperimentReport report, long accounts, double organicRate,
        long injectedConversions) {

    public SimulationResult {
        requireNonNull(spec, "spec is null");
        requireNonNull(report, "report is null");
    }

    /**
     * Returns the expected effect of play_a on the conversion rate: effect x (1 - organic rate), because only
     * accounts that do not convert on their own can be converted by the play.
     */
    public double expectedConversionEffect() {
        return spec.effect() * (1 - organicRate);
    }

    /** Returns the expected effect of play_a on expansion MRR per account. */
    public double expectedExpansionMrrEffect() {
        return expectedConversionEffect() * spec.injectedMrr();
    }
}
