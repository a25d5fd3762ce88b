package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentInputException;
import io.idem.experiment.exposure.Exposure;
import io.idem.experiment.outcome.AccountOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Joins exposures with measured outcomes. */
public final class Observations {

    private Observations() {
    }

    /**
     * Returns one observation per exposure, in the order of the exposures.
     *
     * @throws ExperimentInputException when an exposed account has no outcome, because dropping it would bias
     *     the comparison towards accounts whose outcomes were measured
     */
    public static List<Observation> join(List<Exposure> exposures, Map<String, AccountOutcome> outcomes) {
        requireNonNull(exposures, "exposures is null");
        requireNonNull(outcomes, "outcomes is null");
        List<Observation> observations = new ArrayList<>(exposures.size());
        for (Exposure exposure : exposures) {
            AccountOutcome outcome = outcomes.get(exposure.accountId());
            if (outcome == null) {
                throw new ExperimentInputException("account " + exposure.accountId() + " was exposed to variant "
                        + exposure.variant() + " of experiment " + exposure.experimentId() + " but has no outcome;"
                        + " measure outcomes for every exposed account, with converted false and expansion MRR 0"
                        + " when it did not expand");
            }
            observations.add(Observation.of(exposure.variant(), outcome));
        }
        return observations;
    }
}
