package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.GaussHypergeometric;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * BG/NBD repeat purchase model of Fader, Hardie and Lee (2005), "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2).
 *
 * <p>While active, a customer buys at Poisson rate &lambda;, gamma(r, alpha) distributed across customers. After
 * each purchase the customer becomes inactive with probability p, beta(a, b) distributed. Times are in the unit
 * of the data, weeks for CDNOW, so alpha is in that unit too.
 *
 * @param r shape of the purchase rate distribution
 * @param alpha scale of the purchase rate distribution, in time units
 * @param a first shape of the dropout probability distribution
 * @param b second shape of the dropout probability distribution
 */
public record BetaGeometricNbd(double r, double alpha, double a, double b) {

    public BetaGeometricNbd {
        for (double parameter : new double[] {r, alpha, a, b}) {
            if (!(parameter > 0 && Double.isFinite(parameter))) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite, got r=" + r
                        + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
            }
        }
    }

    /**
     * Computes the log-likelihood of one customer, the logarithm of the BG/NBD likelihood of FHL 2005:
     * L = B(a, b+x)/B(a, b) &middot; &Gamma;(r+x) alpha^r / (&Gamma;(r) (alpha+T)^(r+x))
     * + [x &gt; 0] B(a+1, b+x-1)/B(a, b) &middot; &Gamma;(r+x) alpha^r / (&Gamma;(r) (alpha+t_x)^(r+x)).
     * The first term is the customer still active at T, the second inactive since the last purchase.
     */
    public double logLikelihood(CustomerSummary customer) {
        requireNonNull(customer, "customer is null");
        return logLikelihood(customer.frequency(), customer.recency(), customer.age());
    }

    double logLikelihood(int x, double recency, double age) {
        double logBetaAB = Beta.logBeta(a, b);
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * FastMath.log(alpha);
        double active = Beta.logBeta(a, b + x) - logBetaAB - (r + x) * FastMath.log(alpha + age);
        if (x == 0) {
            return common + active;
        }
        double inactive = Beta.logBeta(a + 1, b + x - 1) - logBetaAB - (r + x) * FastMath.log(alpha + recency);
        return common + logSumExp(active, inactive);
    }

    /**
     * Computes E[X(t)], the expected repeat purchases of a new customer in (0, t]. FHL 2005 equation (9) gives it as
     * (a+b-1)/(a-1) &middot; [1 - (alpha/(alpha+t))^r &middot; 2F1(r, b; a+b-1; t/(alpha+t))].
     *
     * @throws ArithmeticException if a + b &le; 1, where the series needs analytic continuation, or a = 1
     */
    public double expectedTransactions(double t) {
        requireNonNegativeTime(t);
        return expectedTransactions(r, alpha, t, 0);
    }

    /**
     * Computes E[Y(t) | x, t_x, T], the expected purchases of {@code customer} in the t time units after the end
     * of calibration (FHL 2005 equation 10): the BG/NBD expectation with the parameters updated by the customer's
     * history, (r+x, alpha+T, a, b+x), times P(alive).
     *
     * @throws ArithmeticException if a = 1, or x = 0 and a + b &le; 1
     */
    public double conditionalExpectedTransactions(double t, CustomerSummary customer) {
        requireNonNegativeTime(t);
        requireNonNull(customer, "customer is null");
        int x = customer.frequency();
        return probabilityAlive(customer) * expectedTransactions(r + x, alpha + customer.age(), t, x);
    }

    /**
     * Computes the probability that {@code customer} is still active at the end of calibration (Fader, Hardie and
     * Lee 2008, "Computing P(alive) using the BG/NBD model"): 1 / (1 + [x &gt; 0] a/(b+x-1) &middot;
     * ((alpha+T)/(alpha+t_x))^(r+x)). A customer without repeat purchases cannot have dropped out, since dropout
     * happens only right after a purchase, so the result is 1.
     */
    public double probabilityAlive(CustomerSummary customer) {
        requireNonNull(customer, "customer is null");
        int x = customer.frequency();
        if (x == 0) {
            return 1.0;
        }
        double logOdds = FastMath.log(a / (b + x - 1))
                + (r + x) * FastMath.log((alpha + customer.age()) / (alpha + customer.recency()));
        return 1.0 / (1.0 + FastMath.exp(logOdds));
    }

    /** Evaluates FHL 2005 equation (9) with shape {@code shape}, scale {@code scale} and b + {@code x}. */
    private double expectedTransactions(double shape, double scale, double t, int x) {
        double bx = b + x;
        double c = a + bx - 1;
        if (a == 1.0 || c <= 0) {
            // NOTE: a = 1 is a removable singularity and a + b <= 1 needs 2F1 continued beyond its series; neither
            // occurs in the published fits, so both are reported instead of approximated.
            throw new ArithmeticException(String.format(
                    "E[X(t)] series needs a != 1 and a + b + x - 1 > 0, got a=%s, b=%s, x=%d", a, b, x));
        }
        if (t == 0) {
            return 0.0;
        }
        double z = t / (scale + t);
        double hypergeometric = GaussHypergeometric.value(shape, bx, c, z);
        return c / (a - 1) * (1 - FastMath.pow(scale / (scale + t), shape) * hypergeometric);
    }

    private static double logSumExp(double first, double second) {
        double max = FastMath.max(first, second);
        return max + FastMath.log(FastMath.exp(first - max) + FastMath.exp(second - max));
    }

    private static void requireNonNegativeTime(double t) {
        if (!(t >= 0 && Double.isFinite(t))) {
            throw new IllegalArgumentException("time t must be zero or more, got " + t);
        }
    }
}
