package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.power.PowerResult;

/**
 * Sample size plan of one metric for one variant against the control.
 *
 * @param metric "conversion" or "expansion_mrr"
 * @param baseline control rate or mean the plan assumes; null when there is none
 * @param baselineSource where the baseline comes from: "design" or "observed control"
 * @param minimumDetectableEffect effect to detect, in the metric's units (rate points or MRR)
 * @param sampleSize accounts per arm that reach the target power
 * @param experimentAccounts accounts the whole experiment needs for both arms to reach their size at the
 *     planned shares. Null when the sample size is not OK
 * @param currentPower power at the accounts observed so far
 */
public record MetricPlan(String metric, Double baseline, String baselineSource, Double minimumDetectableEffect,
        PowerResult sampleSize, Long experimentAccounts, PowerResult currentPower) {

    public MetricPlan {
        requireNonNull(metric, "metric is null");
        requireNonNull(baselineSource, "baselineSource is null");
        requireNonNull(sampleSize, "sampleSize is null");
        requireNonNull(currentPower, "currentPower is null");
    }
}
