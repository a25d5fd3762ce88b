package io.idem.lifetimevalue.noncontractual;

import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * Gamma-Gamma model of the mean value of a customer's transactions, the spend submodel of Fader, Hardie and Lee
 * (2005), "RFM and CLV: using iso-value curves for customer base analysis", Journal of Marketing Research 42(4),
 * written out in Fader and Hardie (2013), "The Gamma-Gamma model of monetary value".
 *
 * <p>A customer's transaction values are gamma(p, &nu;) distributed, and &nu; is gamma(q, gamma) distributed
 * across customers, so the mean spend per transaction of a customer is p/&nu;. The model assumes spend is
 * independent of the purchase process. Its input is the mean m_x of the customer's x repeat transactions.
 *
 * @param p shape of the transaction value distribution
 * @param q shape of the distribution of &nu;
 * @param gamma scale of the distribution of &nu;, in the currency of the transaction values
 */
public record GammaGamma(double p, double q, double gamma) {

    public GammaGamma {
        for (double parameter : new double[] {p, q, gamma}) {
            if (!(parameter > 0 && Double.isFinite(parameter))) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite, got p=" + p
                        + ", q=" + q + ", gamma=" + gamma);
            }
        }
    }

    /**
     * Computes the log-likelihood of a customer with {@code frequency} x &gt; 0 repeat transactions of mean value
     * m &gt; 0 (Fader and Hardie 2013, equation 1a as cited by lifetimes): the density of the mean of x gamma(p,
     * &nu;) values with &nu; integrated out,
     * &Gamma;(px+q) / (&Gamma;(px) &Gamma;(q)) &middot; gamma^q m^(px-1) x^(px) / (gamma + m x)^(px+q).
     */
    public double logLikelihood(int frequency, double meanValue) {
        requireObservation(frequency, meanValue);
        double px = p * frequency;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q)
                + q * FastMath.log(gamma)
                + (px - 1) * FastMath.log(meanValue)
                + px * FastMath.log(frequency)
                - (px + q) * FastMath.log(gamma + meanValue * frequency);
    }

    /**
     * Computes E[M | x, m_x] = p (gamma + x m_x) / (p x + q - 1) (Fader and Hardie 2013, equation 5 as cited by
     * lifetimes): the expected mean transaction value of a customer with x transactions of mean m_x. It weighs the
     * population mean p gamma / (q - 1) against m_x, and the weight of m_x grows with x.
     *
     * @param frequency x, zero or more; with x = 0 the result is the population mean
     * @param meanValue m_x, zero or more; ignored when x = 0
     * @throws ArithmeticException if p x + q &le; 1, where the expectation is infinite
     */
    public double conditionalExpectedAverageValue(int frequency, double meanValue) {
        if (frequency < 0 || !(meanValue >= 0 && Double.isFinite(meanValue))) {
            throw new IllegalArgumentException("frequency and meanValue must be zero or more, got " + frequency
                    + " and " + meanValue);
        }
        double denominator = p * frequency + q - 1;
        if (denominator <= 0) {
            throw new ArithmeticException(String.format(
                    "E[M | x, m_x] is infinite when p x + q <= 1, got p=%s, q=%s, x=%d", p, q, frequency));
        }
        return p * (gamma + frequency * meanValue) / denominator;
    }

    /**
     * Returns p gamma / (q - 1), the mean transaction value across customers.
     *
     * @throws ArithmeticException if q &le; 1, where the mean is infinite
     */
    public double populationMeanValue() {
        if (q <= 1) {
            throw new ArithmeticException("the population mean value is infinite when q <= 1, got q=" + q);
        }
        return p * gamma / (q - 1);
    }

    private static void requireObservation(int frequency, double meanValue) {
        if (frequency <= 0 || !(meanValue > 0 && Double.isFinite(meanValue))) {
            throw new IllegalArgumentException("the Gamma-Gamma likelihood needs frequency > 0 and mean value > 0, "
                    + "got " + frequency + " and " + meanValue);
        }
    }
}
