package io.idem.statistics.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.variance.CovariateSummary;

/**
 * One arm of the {@code means} subcommand as read from options or CSV.
 *
 * @param arm arm name
 * @param n accounts
 * @param mean mean of the metric
 * @param variance sample variance of the metric
 * @param covariateMean mean of the pre-period covariate, or null without CUPED
 * @param covariateVariance sample variance of the covariate, or null without CUPED
 * @param covariance sample covariance of metric and covariate, or null without CUPED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MeanArm(String arm, long n, double mean, double variance, Double covariateMean, Double covariateVariance,
        Double covariance) {

    MeanArm {
        requireNonNull(arm, "arm is null");
    }

    static MeanArm of(String arm, MeanSummary summary) {
        return new MeanArm(arm, summary.n(), summary.mean(), summary.variance(), null, null, null);
    }

    static MeanArm of(String arm, CovariateSummary summary) {
        return new MeanArm(arm, summary.n(), summary.outcomeMean(), summary.outcomeVariance(),
                summary.covariateMean(), summary.covariateVariance(), summary.covariance());
    }

    @JsonIgnore
    boolean hasCovariate() {
        return covariateMean != null;
    }

    MeanSummary outcome() {
        return new MeanSummary(n, mean, variance);
    }

    CovariateSummary covariateSummary() {
        return new CovariateSummary(n, mean, variance, covariateMean, covariateVariance, covariance);
    }
}
