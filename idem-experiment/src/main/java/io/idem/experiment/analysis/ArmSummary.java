package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

/**
 * Observed accounts and outcomes of one variant. Values of an empty variant are null.
 *
 * @param variant variant name
 * @param plannedShare planned share of accounts
 * @param observedShare observed share of accounts; null when no account was observed
 * @param accounts exposed accounts
 * @param conversions accounts that converted
 * @param conversionRate conversions over accounts
 * @param meanExpansionMrr mean expansion MRR per account
 * @param expansionMrrStandardDeviation sample standard deviation of expansion MRR; null below 2 accounts
 * @param meanPrePeriod mean of the pre-period covariate; null without one
 */
public record ArmSummary(String variant, double plannedShare, Double observedShare, long accounts, long conversions,
        Double conversionRate, Double meanExpansionMrr, Double expansionMrrStandardDeviation, Double meanPrePeriod) {

    public ArmSummary {
        requireNonNull(variant, "variant is null");
    }

    static ArmSummary of(ArmData arm, long totalAccounts) {
        long n = arm.n();
        Double observedShare = totalAccounts == 0 ? null : (double) n / totalAccounts;
        if (n == 0) {
            return new ArmSummary(arm.variant(), arm.share(), observedShare, 0, 0, null, null, null, null);
        }
        Double deviation = n < 2 ? null : Math.sqrt(arm.expansion().variance());
        Double pre = arm.prePeriod() == null ? null : arm.prePeriodSummary().mean();
        return new ArmSummary(arm.variant(), arm.share(), observedShare, n, arm.conversions(),
                arm.proportions().rate(), arm.expansion().mean(), deviation, pre);
    }
}
