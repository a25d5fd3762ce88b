package io.idem.affinity.mining;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The minimum support of a frequent itemset, either as a fraction of all baskets or as an absolute number of
 * baskets. Both resolve to a minimum basket count, so mining itself only compares integers.
 */
public sealed interface MinimumSupport {

    /**
     * Returns the smallest basket count an itemset needs to be frequent in a database of {@code basketCount}
     * baskets, never less than 1, because an itemset in no basket is never reported.
     */
    long minimumCount(int basketCount);

    /** A fraction of all baskets in (0, 1]: an itemset is frequent when count / baskets &gt;= fraction. */
    record Fraction(double value) implements MinimumSupport {

        public Fraction {
            if (!(value > 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(
                        "minimum support fraction must be in (0, 1], but was " + value);
            }
        }

        @Override
        public long minimumCount(int basketCount) {
            // BigDecimal.valueOf goes through the shortest decimal form of the double, so 0.1 x 30 is exactly 3
            // and not the 3.0000000000000004 that double arithmetic gives, which would round up to 4.
            BigDecimal threshold = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(basketCount));
            long count = threshold.setScale(0, RoundingMode.CEILING).longValueExact();
            return Math.max(1, count);
        }
    }

    /** An absolute number of baskets, at least 1. */
    record Count(long value) implements MinimumSupport {

        public Count {
            if (value < 1) {
                throw new IllegalArgumentException("minimum support count must be at least 1, but was " + value);
            }
        }

        @Override
        public long minimumCount(int basketCount) {
            return value;
        }
    }
}
