package io.idem.pipeline.report;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.DealStage;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.motion.ClassifiedDeal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Won bookings by motion, overall and by calendar quarter of the close date.
 *
 * @param overall bookings of every won deal
 * @param byQuarter bookings by quarter, in time order; only quarters with a won deal appear
 * @param sameDayDeals won expansion deals that closed on the day of their account's first win
 * @param sameDayBookings bookings of those deals, which would count as new business if same-day deals were
 *     treated as one initial purchase
 */
public record ExpansionBookings(BookingsSplit overall, SortedMap<YearQuarter, BookingsSplit> byQuarter,
        int sameDayDeals, BigDecimal sameDayBookings) {

    public ExpansionBookings {
        requireNonNull(overall, "overall is null");
        byQuarter = Collections.unmodifiableSortedMap(new TreeMap<>(byQuarter));
        requireNonNull(sameDayBookings, "sameDayBookings is null");
    }

    /**
     * Adds up won bookings.
     *
     * @param deals classified closed deals with an account; lost ones are skipped
     * @param withoutAccount closed deals without an account; won ones count as unattributed
     */
    public static ExpansionBookings of(List<ClassifiedDeal> deals, List<Opportunity> withoutAccount) {
        BookingsSplit overall = BookingsSplit.EMPTY;
        SortedMap<YearQuarter, BookingsSplit> byQuarter = new TreeMap<>();
        int sameDayDeals = 0;
        BigDecimal sameDayBookings = BigDecimal.ZERO;

        for (ClassifiedDeal deal : deals) {
            Opportunity opportunity = deal.opportunity();
            if (opportunity.stage() != DealStage.WON) {
                continue;
            }
            overall = overall.plus(deal.motion(), opportunity.closeValue());
            byQuarter.merge(YearQuarter.of(opportunity.closeDate()),
                    BookingsSplit.EMPTY.plus(deal.motion(), opportunity.closeValue()), ExpansionBookings::sum);
            if (deal.sameDayAsFirstWin()) {
                sameDayDeals++;
                sameDayBookings = sameDayBookings.add(opportunity.closeValue());
            }
        }
        for (Opportunity opportunity : withoutAccount) {
            if (opportunity.stage() == DealStage.WON) {
                overall = overall.plus(null, opportunity.closeValue());
                byQuarter.merge(YearQuarter.of(opportunity.closeDate()),
                        BookingsSplit.EMPTY.plus(null, opportunity.closeValue()), ExpansionBookings::sum);
            }
        }
        return new ExpansionBookings(overall, byQuarter, sameDayDeals, sameDayBookings);
    }

    /**
     * Returns the expansion share if deals that close on the day of the account's first win counted as new
     * business, or empty when nothing was won. The difference to {@code overall().expansionShare()} shows how much
     * the tie rule of the classifier moves the share.
     */
    public OptionalDouble expansionShareWithSameDayAsNewBusiness() {
        BigDecimal total = overall.total();
        if (total.signum() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(overall.expansion().subtract(sameDayBookings).divide(total, MathContext.DECIMAL64)
                .doubleValue());
    }

    private static BookingsSplit sum(BookingsSplit a, BookingsSplit b) {
        return new BookingsSplit(a.wonDeals() + b.wonDeals(), a.newBusiness().add(b.newBusiness()),
                a.upsell().add(b.upsell()), a.crossSell().add(b.crossSell()), a.unattributed().add(b.unattributed()));
    }
}
