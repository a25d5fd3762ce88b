package io.idem.recommend;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.rules.AssociationRule;
import io.idem.workspace.Motion;
import java.math.BigDecimal;
import java.util.List;

/**
 * An offer that an account is eligible for, before it gets a probability and a rank.
 *
 * @param signals the catalog signals that made it a candidate, for example a feature at or above its threshold
 * @param rule the strongest affinity rule that applies to the account and predicts this offer, or null
 */
record Candidate(Motion motion, String offer, BigDecimal incrementalMrr, List<String> signals, AssociationRule rule) {

    Candidate {
        requireNonNull(motion, "motion is null");
        requireNonNull(offer, "offer is null");
        requireNonNull(incrementalMrr, "incrementalMrr is null");
        signals = List.copyOf(signals);
    }
}
