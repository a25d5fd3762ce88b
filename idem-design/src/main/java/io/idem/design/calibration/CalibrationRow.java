package io.idem.design.calibration;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The calibration of one health model at one month end, or pooled over every month end with month
 * {@link #ALL_MONTHS}: its scores set against what the accounts did in the horizon after.
 *
 * @param accounts     paying accounts at the month end that have a score
 * @param unscored     paying accounts left out because every measure of theirs was excluded
 * @param aucChurn     the probability that an account that did not churn scores above one that churned
 * @param aucExpansion the probability that an account that expanded scores above one that did not
 * @param bands        one entry per band of the model, best band first
 */
public record CalibrationRow(String model, String month, long accounts, long churned, long expanded, long unscored, Auc aucChurn,
                             Auc aucExpansion, List<BandOutcome> bands) {

    /** Month of the row that pools every month end. */
    public static final String ALL_MONTHS = "all";

    public CalibrationRow {
        requireNonNull(model, "model is null");
        requireNonNull(month, "month is null");
        requireNonNull(aucChurn, "aucChurn is null");
        requireNonNull(aucExpansion, "aucExpansion is null");
        bands = List.copyOf(bands);
    }
}
