package io.idem.recommend;

import io.idem.workspace.OfferCatalog;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog's eligibility rules for an add-on or product. An account qualifies when it does not hold the offer
 * yet, its plan is at or above {@code requires_plan} on the ladder, it holds every offer in {@code requires} and none
 * in {@code excludes}.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * Returns why the account cannot buy {@code offer}, or empty when it can.
     *
     * @param plan the account's current plan, or null when unknown (which fails a {@code requires_plan} rule)
     * @param holdings the add-ons and products the account holds
     */
    public static Optional<String> whyNot(OfferCatalog catalog, OfferCatalog.Product offer, String plan, Set<String> holdings) {
        if (holdings.contains(offer.name())) {
            return Optional.of("already holds " + offer.name());
        }
        if (offer.requiresPlan() != null) {
            int needed = catalog.planRank(offer.requiresPlan());
            int current = plan == null ? -1 : catalog.planRank(plan);
            if (current < 0 || current < needed) {
                return Optional.of("plan " + plan + " is below the required plan " + offer.requiresPlan());
            }
        }
        for (String required : offer.requires()) {
            if (!holdings.contains(required)) {
                return Optional.of("requires " + required + ", which the account does not hold");
            }
        }
        for (String excluded : offer.excludes()) {
            if (holdings.contains(excluded)) {
                return Optional.of("excluded by " + excluded + ", which the account holds");
            }
        }
        return Optional.empty();
    }
}
