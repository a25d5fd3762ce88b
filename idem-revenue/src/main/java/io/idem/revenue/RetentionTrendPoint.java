package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * NRR, GRR and expansion share over the 12 months ending at one month, defined as in the summary,
 * with the targets they are compared with. A ratio is null, never NaN, when it cannot be computed:
 * NRR and GRR when no account paid 12 months earlier, expansion share when no MRR was added.
 */
public record RetentionTrendPoint(YearMonth month, Double nrr, Double grr, Double expansionShare, double nrrTarget,
                                  double grrTarget, double expansionShareTarget) {

    public RetentionTrendPoint {
        requireNonNull(month, "month is null");
        requireFiniteOrNull("nrr", nrr);
        requireFiniteOrNull("grr", grr);
        requireFiniteOrNull("expansionShare", expansionShare);
        if ((nrr == null) != (grr == null)) {
            throw new IllegalArgumentException("NRR and GRR of " + month + " are computed together, got NRR " + nrr
                    + " and GRR " + grr);
        }
    }

    private static void requireFiniteOrNull(String name, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite or null, got " + value);
        }
    }
}
