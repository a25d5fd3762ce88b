package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.TestResult;
import io.idem.statistics.bayesian.BayesianResult;
import io.idem.statistics.sequential.SequentialResult;

/**
 * One metric of one variant against the control, by every method. Each result carries its own status and
 * reason, so a degenerate method leaves the others readable.
 *
 * @param metric "conversion" or "expansion_mrr"
 * @param frequentist two-proportion z-test for conversion, Welch's t-test for expansion MRR
 * @param bayesian beta-binomial model for conversion, normal approximation for expansion MRR
 * @param sequential always-valid mSPRT result at this look
 * @param sequentialBasis how the mixing variance tau^2 of the sequential test was chosen
 * @param cuped Welch's t-test on the CUPED-adjusted metric; null when there is no pre-period covariate
 */
public record MetricComparison(String metric, TestResult frequentist, BayesianResult bayesian,
        SequentialResult sequential, String sequentialBasis, TestResult cuped) {

    public MetricComparison {
        requireNonNull(metric, "metric is null");
        requireNonNull(frequentist, "frequentist is null");
        requireNonNull(bayesian, "bayesian is null");
        requireNonNull(sequential, "sequential is null");
        requireNonNull(sequentialBasis, "sequentialBasis is null");
    }
}
