package io.idem.experiment.exposure;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.Variant;
import java.time.Instant;

/**
 * The moment an account first met its variant: the play started, or for the holdout, the play would have
 * started. Outcome windows count from the exposure date.
 *
 * @param experimentId experiment id
 * @param accountId account id, at most 200 characters
 * @param variant variant name
 * @param exposedAt time of exposure; the store keeps it in UTC to the microsecond
 */
public record Exposure(String experimentId, String accountId, String variant, Instant exposedAt) {

    /** Maximum length of an account id in the exposure table. */
    public static final int MAX_ACCOUNT_ID = 200;

    public Exposure {
        ExperimentDefinition.requireExperimentId(experimentId);
        requireNonNull(accountId, "accountId is null");
        if (accountId.isBlank() || accountId.length() > MAX_ACCOUNT_ID) {
            throw new IllegalArgumentException("account id '" + accountId + "' must have 1 to " + MAX_ACCOUNT_ID
                    + " characters");
        }
        requireNonNull(variant, "variant is null");
        if (!Variant.NAME.matcher(variant).matches()) {
            throw new IllegalArgumentException("invalid variant name '" + variant + "' for account " + accountId
                    + ": use 1 to 100 letters, digits, underscores, hyphens or dots");
        }
        requireNonNull(exposedAt, "exposedAt is null");
    }
}
