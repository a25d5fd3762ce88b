package io.idem.statistics.variance;

import io.idem.statistics.MeanSummary;
import org.hipparchus.stat.correlation.Covariance;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.Variance;

/**
 * Sufficient statistics of one arm for CUPED: the outcome Y measured during the experiment and the
 * covariate X measured on the same accounts before it. Variances and the covariance use denominator
 * n - 1.
 *
 * @param n accounts in the arm, 0 or more
 * @param outcomeMean mean of Y
 * @param outcomeVariance sample variance of Y, 0 or more
 * @param covariateMean mean of X
 * @param covariateVariance sample variance of X, 0 or more
 * @param covariance sample covariance of Y and X; |cov| <= sqrt(var Y var X) up to rounding
 */
public record CovariateSummary(
        long n,
        double outcomeMean,
        double outcomeVariance,
        double covariateMean,
        double covariateVariance,
        double covariance) {

    /** Slack for the Cauchy-Schwarz check, so summaries rounded for display still pass. */
    private static final double CAUCHY_SCHWARZ_SLACK = 1e-6;

    public CovariateSummary {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n + "; pass the number of accounts in the arm");
        }
        requireFinite("outcome mean", outcomeMean);
        requireFinite("covariate mean", covariateMean);
        requireFinite("covariance", covariance);
        requireVariance("outcome variance", outcomeVariance);
        requireVariance("covariate variance", covariateVariance);
        double bound = Math.sqrt(outcomeVariance * covariateVariance);
        if (Math.abs(covariance) > bound * (1 + CAUCHY_SCHWARZ_SLACK) + Double.MIN_NORMAL) {
            throw new IllegalArgumentException("covariance " + covariance + " exceeds sqrt(outcome variance * covariate"
                    + " variance) = " + bound + "; check that all three come from the same accounts");
        }
    }

    /**
     * Summarises per-account values; element i of both arrays belongs to the same account.
     *
     * @throws IllegalArgumentException when the arrays differ in length or contain a non-finite value
     */
    public static CovariateSummary of(double[] outcome, double[] covariate) {
        if (outcome.length != covariate.length) {
            throw new IllegalArgumentException("outcome has " + outcome.length + " values but covariate has "
                    + covariate.length + "; pass one pre-period value per account");
        }
        for (int i = 0; i < outcome.length; i++) {
            if (!Double.isFinite(outcome[i]) || !Double.isFinite(covariate[i])) {
                throw new IllegalArgumentException("account " + i + " has a non-finite value (outcome " + outcome[i]
                        + ", covariate " + covariate[i] + "); remove it or replace it with a measured value");
            }
        }
        int n = outcome.length;
        if (n == 0) {
            return new CovariateSummary(0, 0, 0, 0, 0, 0);
        }
        if (n == 1) {
            return new CovariateSummary(1, outcome[0], 0, covariate[0], 0, 0);
        }

        double covariance = new Covariance().covariance(outcome, covariate, true);
        return new CovariateSummary(n,
                new Mean().evaluate(outcome), new Variance().evaluate(outcome),
                new Mean().evaluate(covariate), new Variance().evaluate(covariate), covariance);
    }

    /** Returns the outcome statistics without the covariate. */
    public MeanSummary outcome() {
        return new MeanSummary(n, outcomeMean, outcomeVariance);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }

    private static void requireVariance(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }
}
