package io.idem.experiment.outcome;

import static java.util.Objects.requireNonNull;

/**
 * Outcomes of one exposed account.
 *
 * @param accountId account id
 * @param converted whether the account expanded within the conversion window
 * @param expansionMrr MRR gained within the expansion window, in the workspace currency; finite
 * @param prePeriod covariate measured before exposure for CUPED, such as MRR at exposure; null when unknown
 */
public record AccountOutcome(String accountId, boolean converted, double expansionMrr, Double prePeriod) {

    public AccountOutcome {
        requireNonNull(accountId, "accountId is null");
        if (!Double.isFinite(expansionMrr)) {
            throw new IllegalArgumentException("expansion MRR of account " + accountId + " must be finite, got "
                    + expansionMrr);
        }
        if (prePeriod != null && !Double.isFinite(prePeriod)) {
            throw new IllegalArgumentException("pre-period value of account " + accountId + " must be finite, got "
                    + prePeriod + "; leave it null when unknown");
        }
    }
}
