package io.idem.recommend;

import io.idem.affinity.rules.AssociationRule;
import io.idem.design.playbook.OfferValuation;
import io.idem.identify.Values;
import io.idem.workspace.Motion;
import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the offers one account is a candidate for, each valued by {@link OfferValuation}:
 * <ul>
 *   <li>{@code next_plan} when the catalog's cap feature is at or above {@code near_cap};</li>
 *   <li>{@code seats} when the seat-use feature is at or above {@code high_seat_use};</li>
 *   <li>an add-on (upsell) or product (cross-sell) that the account is eligible for, when its usage feature shows use
 *       or an affinity rule predicts it;</li>
 *   <li>a bundle the account does not fully hold, when an affinity rule predicts some of its products.</li>
 * </ul>
 * Offers with no known value, or a value of 0 or less, are left out.
 */
final class CandidateFinder {

    static final String PLAN_COLUMN = "plan";
    static final String SEATS_COLUMN = "seats";

    private final OfferCatalog catalog;

    CandidateFinder(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param rules affinity rules, strongest first, so the first applicable rule for an offer is the one reported
     */
    List<Candidate> find(Map<String, Object> row, Set<String> holdings, List<AssociationRule> rules) {
        String plan = row.get(PLAN_COLUMN) == null ? null : row.get(PLAN_COLUMN).toString();
        Double seats = Values.toDouble(row.get(SEATS_COLUMN));
        OfferCatalog.UpsellSignals signals = catalog.signals();
        List<Candidate> candidates = new ArrayList<>();

        Optional<String> nearCap = threshold(row, signals.capFeature(), "near_cap", signals.nearCap());
        if (nearCap.isPresent() && plan != null) {
            String next = catalog.nextPlan(plan).map(OfferCatalog.Plan::name).orElse(null);
            value(Motion.UPSELL, "next_plan", plan, seats).ifPresent(mrr -> candidates.add(new Candidate(Motion.UPSELL, "next_plan", mrr,
                    List.of(nearCap.get(), "plan " + plan + " -> " + next), null)));
        }
        threshold(row, signals.seatFeature(), "high_seat_use", signals.highSeatUse()).ifPresent(reason ->
                value(Motion.UPSELL, "seats", plan, seats).ifPresent(mrr -> candidates.add(new Candidate(Motion.UPSELL, "seats", mrr,
                        List.of(reason, catalog.seatIncrement() + " more seats on " + plan), null))));

        for (OfferCatalog.Product addon : catalog.addons()) {
            product(Motion.UPSELL, addon, row, plan, seats, holdings, rules).ifPresent(candidates::add);
        }
        for (OfferCatalog.Product product : catalog.products()) {
            product(Motion.CROSS_SELL, product, row, plan, seats, holdings, rules).ifPresent(candidates::add);
        }
        for (OfferCatalog.Bundle bundle : catalog.bundles()) {
            bundle(bundle, plan, seats, holdings, rules).ifPresent(candidates::add);
        }
        return candidates;
    }

    private Optional<Candidate> product(Motion motion, OfferCatalog.Product offer, Map<String, Object> row, String plan, Double seats,
                                        Set<String> holdings, List<AssociationRule> rules) {
        if (Eligibility.whyNot(catalog, offer, plan, holdings).isPresent()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        Double usage = offer.usageFeature() == null ? null : Values.toDouble(row.get(offer.usageFeature()));
        boolean used = usage != null && (offer.minUsage() == null ? usage > 0 : usage >= offer.minUsage());
        if (used) {
            reasons.add(offer.usageFeature() + " " + format(usage) + (offer.minUsage() == null ? " > 0" : " >= min_usage " + format(offer.minUsage())));
        }
        AssociationRule rule = strongest(rules, holdings, Set.of(offer.name()));
        if (!used && rule == null) {
            return Optional.empty();
        }
        return value(motion, offer.name(), plan, seats).map(mrr -> new Candidate(motion, offer.name(), mrr, reasons, rule));
    }

    private Optional<Candidate> bundle(OfferCatalog.Bundle bundle, String plan, Double seats, Set<String> holdings, List<AssociationRule> rules) {
        if (holdings.containsAll(bundle.products())) {
            return Optional.empty();
        }
        AssociationRule rule = strongest(rules, holdings, Set.copyOf(bundle.products()));
        if (rule == null) {
            return Optional.empty();
        }
        return value(Motion.BUNDLE, bundle.name(), plan, seats).map(mrr -> new Candidate(Motion.BUNDLE, bundle.name(), mrr, List.of(), rule));
    }

    /** Returns the first rule that applies to the holdings and whose consequent lies within {@code offered}. */
    private static AssociationRule strongest(List<AssociationRule> rules, Set<String> holdings, Set<String> offered) {
        for (AssociationRule rule : rules) {
            if (rule.antecedent().isContainedIn(holdings) && rule.consequent().isDisjointFrom(holdings)
                    && offered.containsAll(rule.consequent().items())) {
                return rule;
            }
        }
        return null;
    }

    private Optional<BigDecimal> value(Motion motion, String offer, String plan, Double seats) {
        return OfferValuation.incrementalMrr(catalog, motion, offer, plan, seats).filter(mrr -> mrr.signum() > 0);
    }

    private static Optional<String> threshold(Map<String, Object> row, String feature, String setting, double limit) {
        if (feature == null) {
            return Optional.empty();
        }
        Double value = Values.toDouble(row.get(feature));
        if (value == null || value < limit) {
            return Optional.empty();
        }
        return Optional.of(feature + " " + format(value) + " >= " + setting + " " + format(limit));
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
