package io.idem.pipeline.report;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.motion.Motion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * Won bookings split by motion, in USD.
 *
 * @param wonDeals number of won deals
 * @param newBusiness bookings of each account's first won deal
 * @param upsell bookings of won deals in a series the account had already bought
 * @param crossSell bookings of won deals in a series new to the account
 * @param unattributed bookings of won deals without an account, which have no motion
 */
public record BookingsSplit(int wonDeals, BigDecimal newBusiness, BigDecimal upsell, BigDecimal crossSell,
        BigDecimal unattributed) {

    public static final BookingsSplit EMPTY =
            new BookingsSplit(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public BookingsSplit {
        requireNonNull(newBusiness, "newBusiness is null");
        requireNonNull(upsell, "upsell is null");
        requireNonNull(crossSell, "crossSell is null");
        requireNonNull(unattributed, "unattributed is null");
    }

    /** Returns upsell plus cross-sell bookings. */
    public BigDecimal expansion() {
        return upsell.add(crossSell);
    }

    /** Returns all won bookings, unattributed ones included. */
    public BigDecimal total() {
        return newBusiness.add(expansion()).add(unattributed);
    }

    /**
     * Returns expansion bookings as a share of all won bookings, or empty when nothing was won. Unattributed
     * bookings count in the denominator, because they are won bookings whose motion is unknown.
     */
    public OptionalDouble expansionShare() {
        BigDecimal total = total();
        if (total.signum() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(expansion().divide(total, MathContext.DECIMAL64).doubleValue());
    }

    /** Returns this split with one more won deal of the given motion, or unattributed when motion is null. */
    BookingsSplit plus(Motion motion, BigDecimal value) {
        if (motion == null) {
            return new BookingsSplit(wonDeals + 1, newBusiness, upsell, crossSell, unattributed.add(value));
        }
        return switch (motion) {
            case NEW_BUSINESS -> new BookingsSplit(wonDeals + 1, newBusiness.add(value), upsell, crossSell,
                    unattributed);
            case UPSELL -> new BookingsSplit(wonDeals + 1, newBusiness, upsell.add(value), crossSell, unattributed);
            case CROSS_SELL -> new BookingsSplit(wonDeals + 1, newBusiness, upsell, crossSell.add(value),
                    unattributed);
        };
    }
}
