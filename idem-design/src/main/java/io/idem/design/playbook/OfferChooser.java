package io.idem.design.playbook;

import io.idem.workspace.Motion;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Picks the offer for a playbook whose offer is {@code recommended}: the account's best-ranked
 * recommendation of the playbook's motion, with its incremental MRR.
 */
@FunctionalInterface
public interface OfferChooser {

    /** An offer picked for an account, with the MRR it would add. */
    record Choice(String offer, BigDecimal incrementalMrr) {
    }

    Optional<Choice> choose(String accountId, Motion motion);

    /** A chooser with no recommendations, for runs that compute none. */
    OfferChooser NONE = (accountId, motion) -> Optional.empty();
}
