package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

/**
 * The variant an account receives in an experiment.
 *
 * @param experimentId experiment id
 * @param accountId account id as given
 * @param variant variant name
 * @param stratum value of the stratification column, or null when the assignment is not stratified
 */
public record Assignment(String experimentId, String accountId, String variant, String stratum) {

    public Assignment {
        requireNonNull(experimentId, "experimentId is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(variant, "variant is null");
    }
}
