package io.idem.workspace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an account can buy more of. Plans form a ladder from lowest to highest with a monthly price
 * per seat; add-ons and products have a flat monthly price; bundles group products at a package
 * price. All prices are monthly, in {@link #currency()}.
 */
public record OfferCatalog(String currency, List<Plan> plans, int seatIncrement, List<Product> addons,
                           List<Product> products, List<Bundle> bundles) {

    public OfferCatalog {
        plans = List.copyOf(plans);
        addons = List.copyOf(addons);
        products = List.copyOf(products);
        bundles = List.copyOf(bundles);
    }

    public static OfferCatalog empty() {
        return new OfferCatalog("USD", List.of(), 0, List.of(), List.of(), List.of());
    }

    /** A plan on the ladder; {@code seatPrice} is the monthly price of one seat. */
    public record Plan(String name, BigDecimal seatPrice) {
    }

    /** An add-on (upsell) or another product (cross-sell); {@code requiresPlan} may be null. */
    public record Product(String name, BigDecimal price, String requiresPlan) {
    }

    /** A package of products sold at {@code price}. */
    public record Bundle(String name, List<String> products, BigDecimal price) {
        public Bundle {
            products = List.copyOf(products);
        }
    }

    public Optional<Plan> plan(String name) {
        return plans.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Returns the plan one step above {@code name}, empty at the top of the ladder or for an unknown plan. */
    public Optional<Plan> nextPlan(String name) {
        for (int i = 0; i < plans.size() - 1; i++) {
            if (plans.get(i).name().equalsIgnoreCase(name)) {
                return Optional.of(plans.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<Product> addon(String name) {
        return addons.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Product> product(String name) {
        return products.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Bundle> bundle(String name) {
        return bundles.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
