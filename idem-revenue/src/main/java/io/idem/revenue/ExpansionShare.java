package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The share of new MRR that came from expansion over the months {@code startMonth} to
 * {@code endMonth}: {@code expansion / (newMrr + expansion + reactivation)}. The value is null,
 * never NaN, when the denominator is 0, and {@code reason} then gives the cause.
 *
 * @param reason null when the value is computed
 */
public record ExpansionShare(Double value, YearMonth startMonth, YearMonth endMonth, BigDecimal newMrr,
                             BigDecimal expansion, BigDecimal reactivation, String reason) {

    public ExpansionShare {
        requireNonNull(startMonth, "startMonth is null");
        requireNonNull(endMonth, "endMonth is null");
        requireNonNull(newMrr, "newMrr is null");
        requireNonNull(expansion, "expansion is null");
        requireNonNull(reactivation, "reactivation is null");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("an expansion share has either a value or a reason, got value " + value
                    + " and reason " + reason);
        }
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("expansion share must be between 0 and 1, got " + value);
        }
    }
}
