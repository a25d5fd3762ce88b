package io.idem.pipeline.report;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.Opportunity;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Counts, win rate, sales cycle and bookings of a group of opportunities.
 *
 * <p>Win rate is won / (won + lost): open deals are left out of the denominator because their outcome is not
 * known yet. The sales cycle of a closed deal is close date minus engage date in days, and open deals have none.
 *
 * @param opportunities all opportunities of the group, open ones included
 * @param open Prospecting and Engaging opportunities
 * @param won Won opportunities
 * @param lost Lost opportunities
 * @param wonBookings sum of the close values of won deals, in USD
 * @param cycleDaysTotal sum of the sales cycles of won and lost deals, in days
 */
public record DealStats(int opportunities, int open, int won, int lost, BigDecimal wonBookings, long cycleDaysTotal) {

    public DealStats {
        requireNonNull(wonBookings, "wonBookings is null");
        if (open < 0 || won < 0 || lost < 0 || open + won + lost != opportunities) {
            throw new IllegalArgumentException("open " + open + " + won " + won + " + lost " + lost
                    + " must add up to the opportunities " + opportunities);
        }
    }

    /** Adds up the opportunities of a group; an empty group gives zeros. */
    public static DealStats of(Collection<Opportunity> group) {
        int open = 0;
        int won = 0;
        int lost = 0;
        BigDecimal bookings = BigDecimal.ZERO;
        long cycleDays = 0;
        for (Opportunity opportunity : group) {
            switch (opportunity.stage()) {
                case PROSPECTING, ENGAGING -> open++;
                case WON -> {
                    won++;
                    bookings = bookings.add(opportunity.closeValue());
                }
                case LOST -> lost++;
            }
            cycleDays += opportunity.cycleDays().orElse(0);
        }
        return new DealStats(group.size(), open, won, lost, bookings, cycleDays);
    }

    public int closed() {
        return won + lost;
    }

    /** Returns won / (won + lost), or empty when the group has no closed deal. */
    public OptionalDouble winRate() {
        return closed() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) won / closed());
    }

    /** Returns the mean sales cycle of won and lost deals in days, or empty when the group has no closed deal. */
    public OptionalDouble averageCycleDays() {
        return closed() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cycleDaysTotal / closed());
    }
}
