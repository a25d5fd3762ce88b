package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

/**
 * An account to assign.
 *
 * @param accountId account id, not blank
 * @param stratum value of the stratification column; null or any text, blank included, for one stratum
 */
public record AccountUnit(String accountId, String stratum) {

    public AccountUnit {
        requireNonNull(accountId, "accountId is null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("account id is blank; every account needs an id");
        }
    }
}
