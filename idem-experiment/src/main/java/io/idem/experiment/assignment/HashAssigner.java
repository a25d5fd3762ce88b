package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.Variant;

/**
 * Assigns each account on its own: the account's hash {@link UnitHash#fraction(String, String)} falls in one
 * variant's cumulative bucket of {@link Allocation}. The variant depends only on the experiment id, the
 * account id and the weights in their order, so it is the same in every run, on every machine, whatever
 * other accounts exist. Experiments with different ids hash different keys, so their assignments are
 * independent.
 */
public final class HashAssigner {

    private final String experimentId;
    private final Allocation allocation;

    public HashAssigner(String experimentId, Allocation allocation) {
        ExperimentDefinition.requireExperimentId(experimentId);
        this.experimentId = experimentId;
        this.allocation = requireNonNull(allocation, "allocation is null");
    }

    public static HashAssigner of(ExperimentDefinition definition) {
        return new HashAssigner(definition.id(), new Allocation(definition.variants()));
    }

    /** Returns the variant of an account. */
    public Variant variantOf(String accountId) {
        double fraction = UnitHash.fraction(experimentId, requireNonNull(accountId, "accountId is null"));
        return allocation.variants().get(allocation.indexAt(fraction));
    }

    /** Returns the assignment of an account, with no stratum. */
    public Assignment assign(String accountId) {
        return new Assignment(experimentId, accountId, variantOf(accountId).name(), null);
    }
}
