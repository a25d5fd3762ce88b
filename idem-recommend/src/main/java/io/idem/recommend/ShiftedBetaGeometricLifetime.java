package io.idem.recommend;

import static java.util.Objects.requireNonNull;

import io.idem.identify.Values;
import io.idem.lifetimevalue.contractual.ShiftedBetaGeometric;
import io.idem.lifetimevalue.contractual.ShiftedBetaGeometricFitter;
import io.idem.lifetimevalue.contractual.SurvivorCounts;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.util.FastMath;

/**
 * Remaining lifetime from a shifted-beta-geometric retention model (Fader and Hardie 2007): the sBG DERL of
 * Fader and Hardie (2010) in contract periods, times the months per period. An account's renewals so far are its
 * tenure divided by the period length, rounded down, so long-tenured accounts, which are less likely to churn, get
 * a longer lifetime. Without a tenure column, or when its value is missing, the account counts as having made no
 * renewal yet.
 *
 * @param model the fitted sBG model
 * @param annualDiscountRate discount rate per year, above 0; the rate per period is (1 + it)^(months per period / 12) - 1
 * @param monthsPerPeriod the length of one contract period of the survivor counts, in months (1 monthly, 12 annual)
 * @param tenureColumn the frame column with each account's tenure in days, or null
 */
public record ShiftedBetaGeometricLifetime(ShiftedBetaGeometric model, double annualDiscountRate, int monthsPerPeriod,
                                           String tenureColumn) implements RemainingLifetime {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    public ShiftedBetaGeometricLifetime {
        requireNonNull(model, "model is null");
        if (!(annualDiscountRate > 0) || Double.isInfinite(annualDiscountRate)) {
            throw new IllegalArgumentException("annual discount rate must be above 0 for the sBG DERL (0.10 for 10%), got " + annualDiscountRate);
        }
        if (monthsPerPeriod < 1) {
            throw new IllegalArgumentException("months per period must be 1 or more, got " + monthsPerPeriod);
        }
    }

    /** Fits the sBG model to a cohort's survivor counts by maximum likelihood, then builds the lifetime from it. */
    public static ShiftedBetaGeometricLifetime fit(SurvivorCounts counts, double annualDiscountRate, int monthsPerPeriod, String tenureColumn) {
        ShiftedBetaGeometric model = ShiftedBetaGeometricFitter.fit(counts).model();
        return new ShiftedBetaGeometricLifetime(model, annualDiscountRate, monthsPerPeriod, tenureColumn);
    }

    public double periodDiscountRate() {
        return FastMath.pow(1 + annualDiscountRate, monthsPerPeriod / 12.0) - 1;
    }

    @Override
    public double months(Map<String, Object> row) {
        return monthsPerPeriod * model.discountedExpectedResidualLifetime(periodDiscountRate(), renewals(row));
    }

    int renewals(Map<String, Object> row) {
        if (tenureColumn == null) {
            return 0;
        }
        Double days = Values.toDouble(row.get(tenureColumn));
        if (days == null || !(days > 0)) {
            return 0;
        }
        return (int) Math.floor(days / (DAYS_PER_MONTH * monthsPerPeriod));
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "sBG lifetime (alpha %.4f, beta %.4f, %d months per period, annual discount %.3f)",
                model.alpha(), model.beta(), monthsPerPeriod, annualDiscountRate);
    }
}
