package io.idem.design.playbook;

import io.idem.workspace.Motion;
import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The incremental MRR of an offer for an account, from the catalog:
 * <ul>
 *   <li>{@code next_plan}: seats × (seat price of the next plan − seat price of the current plan);</li>
 *   <li>{@code seats}: the catalog's seat increment × the current plan's seat price;</li>
 *   <li>an add-on or product: its monthly price; a bundle: its package price.</li>
 * </ul>
 * The current plan and seats come from the account's {@code plan} and {@code seats} fields. The
 * result is empty when the value cannot be known: an unknown plan, the top of the ladder, or no seats.
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
            if (plan == null || seats == null || seats <= 0) {
                return null;
            }
            Optional<OfferCatalog.Plan> current = catalog.plan(plan);
            Optional<OfferCatalog.Plan> next = catalog.nextPlan(plan);
            if (current.isEmpty() || next.isEmpty()) {
                return null;
            }
            return next.get().seatPrice().subtract(current.get().seatPrice()).multiply(BigDecimal.valueOf(seats));
        }
        if (offer.equals("seats")) {
            if (plan == null) {
                return null;
            }
            return catalog.plan(plan).map(p -> p.seatPrice().multiply(BigDecimal.valueOf(catalog.seatIncrement()))).orElse(null);
        }
        return catalog.addon(offer).map(OfferCatalog.Product::price).orElse(null);
    }
}
