package io.idem.experiment.simulation;

import io.idem.experiment.ExperimentDefinition;

/**
 * Settings of a play experiment simulated on a generated demo workspace.
 *
 * @param experimentId experiment id; it salts the hash assignment, so two ids give independent splits
 * @param accounts accounts of the demo workspace, from 1 to 10,000,000
 * @param seed seed of the demo workspace and of the injected effect
 * @param effect probability, from 0 to 1, that a play_a account that did not convert on its own converts
 *     because of the play
 * @param injectedMrr MRR, finite and > 0, that each account converted by the play gains
 */
public record SimulationSpec(String experimentId, int accounts, long seed, double effect, double injectedMrr) {

    /** MRR gained by an account the play converts, in the demo workspace's currency. */
    public static final double DEFAULT_INJECTED_MRR = 100.0;

    public SimulationSpec {
        ExperimentDefinition.requireExperimentId(experimentId);
        if (accounts < 1 || accounts > 10_000_000) {
            throw new IllegalArgumentException("accounts must be from 1 to 10000000, got " + accounts
                    + "; use 3000");
        }
        if (!(effect >= 0 && effect <= 1)) {
            throw new IllegalArgumentException("effect must be a probability from 0 to 1, got " + effect
                    + "; use 0.1 for 10% of the non-converting play_a accounts");
        }
        if (!(injectedMrr > 0) || Double.isInfinite(injectedMrr)) {
            throw new IllegalArgumentException("injected MRR must be finite and > 0, got " + injectedMrr
                    + "; use " + DEFAULT_INJECTED_MRR);
        }
    }
}
