package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.outcome.AccountOutcome;

/**
 * One exposed account with its variant and outcomes.
 *
 * @param accountId account id
 * @param variant variant the account was exposed to
 * @param converted whether the account expanded within the conversion window
 * @param expansionMrr MRR gained within the expansion window; finite
 * @param prePeriod CUPED covariate measured before exposure, or null when unknown
 */
public record Observation(String accountId, String variant, boolean converted, double expansionMrr,
        Double prePeriod) {

    public Observation {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(variant, "variant is null");
        if (!Double.isFinite(expansionMrr)) {
            throw new IllegalArgumentException("expansion MRR of account " + accountId + " must be finite, got "
                    + expansionMrr);
        }
        if (prePeriod != null && !Double.isFinite(prePeriod)) {
            throw new IllegalArgumentException("pre-period value of account " + accountId + " must be finite, got "
                    + prePeriod);
        }
    }

    /** Combines an account's variant with its outcomes. */
    public static Observation of(String variant, AccountOutcome outcome) {
        return new Observation(outcome.accountId(), variant, outcome.converted(), outcome.expansionMrr(),
                outcome.prePeriod());
    }
}
