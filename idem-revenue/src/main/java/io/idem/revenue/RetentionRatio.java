package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Net or gross revenue retention over the 12 months from {@code startMonth} to {@code endMonth}:
 * {@code endMrr / startMrr} over the accounts paying at the start. The value is null, never NaN,
 * when no account paid at the start, and {@code reason} then gives the cause.
 *
 * @param accounts accounts with MRR above 0 at the start month
 * @param startMrr their MRR at the start month
 * @param endMrr   their MRR at the end month, capped at each account's start MRR for gross retention
 * @param reason   null when the value is computed
 */
public record RetentionRatio(Double value, YearMonth startMonth, YearMonth endMonth, long accounts,
                             BigDecimal startMrr, BigDecimal endMrr, String reason) {

    public RetentionRatio {
        requireNonNull(startMonth, "startMonth is null");
        requireNonNull(endMonth, "endMonth is null");
        requireNonNull(startMrr, "startMrr is null");
        requireNonNull(endMrr, "endMrr is null");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a retention ratio has either a value or a reason, got value " + value
                    + " and reason " + reason);
        }
        if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
            throw new IllegalArgumentException("retention must be a finite non-negative number, got " + value);
        }
    }
}
