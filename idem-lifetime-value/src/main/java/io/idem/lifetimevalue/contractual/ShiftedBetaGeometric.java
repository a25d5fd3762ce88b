package io.idem.lifetimevalue.contractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.GaussHypergeometric;
import org.hipparchus.special.Beta;
import org.hipparchus.util.FastMath;

/**
 * Shifted-beta-geometric (sBG) contract duration model of Fader and Hardie (2007), "How to project customer
 * retention", Journal of Interactive Marketing 21(1).
 *
 * <p>Each customer cancels at the end of every period with a churn probability &theta; that stays fixed for that
 * customer; &theta; is beta(alpha, beta) distributed across the cohort. Period t runs from t-1 to t, and T is the
 * period in which the customer cancels, so T = 1 means lost at the first renewal opportunity.
 *
 * @param alpha first shape parameter of the churn probability distribution, positive
 * @param beta second shape parameter of the churn probability distribution, positive
 */
public record ShiftedBetaGeometric(double alpha, double beta) {

    public ShiftedBetaGeometric {
        if (!(alpha > 0 && beta > 0 && Double.isFinite(alpha) && Double.isFinite(beta))) {
            throw new IllegalArgumentException("alpha and beta must be positive and finite, got alpha=" + alpha
                    + ", beta=" + beta);
        }
    }

    /** Returns P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta), the chance of cancelling in period t &ge; 1. */
    public double churnProbability(int period) {
        requirePeriodAtLeast(period, 1);
        return FastMath.exp(logChurnProbability(period));
    }

    /** Returns S(t) = B(alpha, beta + t) / B(alpha, beta), the chance of still being a customer at the end of t. */
    public double survival(int period) {
        requirePeriodAtLeast(period, 0);
        return FastMath.exp(logSurvival(period));
    }

    /**
     * Returns r(t) = S(t) / S(t-1) = (beta + t - 1) / (alpha + beta + t - 1), the share of the customers active in
     * period t - 1 who renew for period t (Fader and Hardie 2007, equation 8 as cited by PyMC-Marketing). It rises
     * with t because the customers most likely to cancel leave first.
     */
    public double retentionRate(int period) {
        requirePeriodAtLeast(period, 1);
        return (beta + period - 1) / (alpha + beta + period - 1);
    }

    /**
     * Computes the log-likelihood of a cohort: every customer lost in period t contributes ln P(T = t) and every
     * customer still active after the last period contributes ln S(periods).
     */
    public double logLikelihood(SurvivorCounts counts) {
        requireNonNull(counts, "counts is null");

        double sum = 0.0;
        for (int t = 1; t <= counts.periods(); t++) {
            long lost = counts.lost(t);
            if (lost > 0) {
                sum += lost * logChurnProbability(t);
            }
        }
        long active = counts.survivors(counts.periods());
        if (active > 0) {
            sum += active * logSurvival(counts.periods());
        }
        return sum;
    }

    /**
     * Computes the discounted expected residual lifetime (DERL) of Fader and Hardie (2010), "Customer-base
     * valuation in a contractual setting", Marketing Science 29(1):
     * DERL = (beta + n - 1) / (alpha + beta + n - 1) &middot; 2F1(1, beta + n; alpha + beta + n; 1 / (1 + d))
     * with n - 1 = {@code renewals}.
     *
     * <p>DERL counts the payments a customer who has made {@code renewals} renewals will still make, valued just
     * before the next renewal decision: a payment comes with each renewal, the first one undiscounted and each later
     * one discounted by one more period. It equals the sum over t &ge; n of S(t) / S(n - 1) / (1 + d)^(t - n).
     *
     * @param discountRate discount rate per period, positive (0.1 for 10%)
     * @param renewals renewals made so far, zero or more
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        requirePositiveRate(discountRate);
        if (renewals < 0) {
            throw new IllegalArgumentException("renewals must not be negative, got " + renewals);
        }
        double n = renewals + 1.0;
        double firstRenewal = (beta + n - 1) / (alpha + beta + n - 1);
        return firstRenewal * GaussHypergeometric.value(1.0, beta + n, alpha + beta + n, 1.0 / (1.0 + discountRate));
    }

    /**
     * Computes the discounted expected lifetime of a newly acquired customer, 2F1(1, beta; alpha + beta; 1 / (1 + d))
     * (Fader and Hardie 2010). It is the sum over t &ge; 0 of S(t) / (1 + d)^t, which includes the payment at
     * acquisition.
     */
    public double discountedExpectedLifetime(double discountRate) {
        requirePositiveRate(discountRate);
        return GaussHypergeometric.value(1.0, beta, alpha + beta, 1.0 / (1.0 + discountRate));
    }

    /**
     * Returns margin &middot; DERL, the present value of the margin a customer who has made {@code renewals}
     * renewals will still bring, in the currency of {@code marginPerPeriod}.
     */
    public double expectedResidualValue(double marginPerPeriod, double discountRate, int renewals) {
        if (!Double.isFinite(marginPerPeriod)) {
            throw new IllegalArgumentException("marginPerPeriod must be finite, got " + marginPerPeriod);
        }
        return marginPerPeriod * discountedExpectedResidualLifetime(discountRate, renewals);
    }

    private double logChurnProbability(int period) {
        return Beta.logBeta(alpha + 1, beta + period - 1) - Beta.logBeta(alpha, beta);
    }

    private double logSurvival(int period) {
        return Beta.logBeta(alpha, beta + period) - Beta.logBeta(alpha, beta);
    }

    private static void requirePeriodAtLeast(int period, int minimum) {
        if (period < minimum) {
            throw new IllegalArgumentException("period must be at least " + minimum + ", got " + period);
        }
    }

    private static void requirePositiveRate(double discountRate) {
        if (!(discountRate > 0 && Double.isFinite(discountRate))) {
            throw new IllegalArgumentException(
                    "discountRate must be positive and finite (0.1 for 10% per period), got " + discountRate);
        }
    }
}
