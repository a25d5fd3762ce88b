package io.idem.design.playbook;

import io.idem.workspace.Motion;
import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The incremental MRR of an offer for an account, from the catalog:
 * <ul>
 *   <li>{@code next_plan}: price of the account's seats on the next plan − their price on the current plan, which
 *       is seats × (next seat price − current seat price) for plans without volume tiers;</li>
 *   <li>{@code seats}: price of (seats + the catalog's seat increment) − price of seats on the current plan, which
 *       is the increment × the seat price without tiers or when the seat count is unknown;</li>
 *   <li>an add-on or product: its monthly price; a bundle: its package price.</li>
 * </ul>
 * Tiered plans are priced by {@link OfferCatalog.Plan#monthlyPrice(double)} (graduated tiers). The current plan
 * and seats come from the account's {@code plan} and {@code seats} fields. The result is empty when the value
 * cannot be known: an unknown plan, the top of the ladder, no seats for next_plan, or no seats on a tiered plan.
 */
public final class OfferValuation {

    private OfferValuation() {
    }

    public static Optional<BigDecimal> incrementalMrr(OfferCatalog catalog, Motion motion, String offer, String plan, Double seats) {
        BigDecimal value = switch (motion) {
            case UPSELL -> upsell(catalog, offer, plan, seats);
            case CROSS_SELL -> catalog.product(offer).map(OfferCatalog.Product::price).orElse(null);
            case BUNDLE -> catalog.bundle(offer).map(OfferCatalog.Bundle::price).orElse(null);
        };
        return Optional.ofNullable(value).map(v -> v.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal upsell(OfferCatalog catalog, String offer, String plan, Double seats) {
        if (offer.equals("next_plan")) {
            if (plan == null || seats == null || !(seats > 0)) {
                return null;
            }
            Optional<OfferCatalog.Plan> current = catalog.plan(plan);
            Optional<OfferCatalog.Plan> next = catalog.nextPlan(plan);
            if (current.isEmpty() || next.isEmpty()) {
                return null;
            }
            return next.get().monthlyPrice(seats).subtract(current.get().monthlyPrice(seats));
        }
        if (offer.equals("seats")) {
            if (plan == null) {
                return null;
            }
            return catalog.plan(plan).map(p -> moreSeats(p, seats, catalog.seatIncrement())).orElse(null);
        }
        return catalog.addon(offer).map(OfferCatalog.Product::price).orElse(null);
    }

    private static BigDecimal moreSeats(OfferCatalog.Plan plan, Double seats, int increment) {
        if (plan.seatTiers().isEmpty()) {
            return plan.seatPrice().multiply(BigDecimal.valueOf(increment));
        }
        if (seats == null || !(seats >= 0)) {
            return null;
        }
        return plan.monthlyPrice(seats + increment).subtract(plan.monthlyPrice(seats));
    }
}
