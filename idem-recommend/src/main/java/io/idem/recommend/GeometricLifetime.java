package io.idem.recommend;

import java.util.Map;
import org.hipparchus.util.FastMath;

/**
 * The default remaining lifetime when no retention model is supplied: every account renews each month with the same
 * probability r and payments are discounted at a monthly rate d, so
 * DERL = sum over t = 0, 1, 2, ... of r^t / (1 + d)^t = (1 + d) / (1 + d - r).
 * The first payment (t = 0) is undiscounted, as in the DERL of Fader and Hardie (2010). r and d come from annual
 * rates: r = (1 - annual churn)^(1/12) and d = (1 + annual discount rate)^(1/12) - 1.
 *
 * @param annualDiscountRate discount rate per year, 0 or more (0.10 for 10%)
 * @param annualChurnRate share of accounts lost per year, above 0 and at most 1 (0.15 for 15%)
 */
public record GeometricLifetime(double annualDiscountRate, double annualChurnRate) implements RemainingLifetime {

    public static final double DEFAULT_ANNUAL_DISCOUNT_RATE = 0.10;
    public static final double DEFAULT_ANNUAL_CHURN_RATE = 0.15;

    public GeometricLifetime {
        if (!(annualDiscountRate >= 0) || Double.isInfinite(annualDiscountRate)) {
            throw new IllegalArgumentException("annual discount rate must be 0 or more (0.10 for 10%), got " + annualDiscountRate);
        }
        if (!(annualChurnRate > 0 && annualChurnRate <= 1)) {
            throw new IllegalArgumentException("annual churn rate must be above 0 and at most 1 (0.15 for 15%), got " + annualChurnRate);
        }
    }

    public static GeometricLifetime defaults() {
        return new GeometricLifetime(DEFAULT_ANNUAL_DISCOUNT_RATE, DEFAULT_ANNUAL_CHURN_RATE);
    }

    public double monthlyRetention() {
        return FastMath.pow(1 - annualChurnRate, 1.0 / 12);
    }

    public double monthlyDiscountRate() {
        return FastMath.pow(1 + annualDiscountRate, 1.0 / 12) - 1;
    }

    /** Returns the geometric-series sum, the same for every account. */
    @Override
    public double months(Map<String, Object> row) {
        double growth = 1 + monthlyDiscountRate();
        return growth / (growth - monthlyRetention());
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "geometric lifetime (annual churn %.3f, annual discount %.3f)", annualChurnRate, annualDiscountRate);
    }
}
