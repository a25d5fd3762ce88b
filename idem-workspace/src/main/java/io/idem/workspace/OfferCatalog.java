package io.idem.workspace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account can buy more of. Plans form a ladder from lowest to highest with a monthly price
 * per seat, optionally in graduated volume tiers; add-ons and products have a flat monthly price and
 * eligibility rules; bundles group products at a package price. All prices are monthly, in
 * {@link #currency()}: the reader rejects an offer priced in any other currency.
 *
 * @param signals the account-frame features that suggest an upsell; {@link UpsellSignals#NONE} when not configured
 */
public record OfferCatalog(String currency, List<Plan> plans, int seatIncrement, List<Product> addons,
                           List<Product> products, List<Bundle> bundles, UpsellSignals signals) {

    public OfferCatalog {
        Objects.requireNonNull(currency, "currency is null");
        plans = List.copyOf(plans);
        addons = List.copyOf(addons);
        products = List.copyOf(products);
        bundles = List.copyOf(bundles);
        Objects.requireNonNull(signals, "signals is null");
    }

    public OfferCatalog(String currency, List<Plan> plans, int seatIncrement, List<Product> addons,
                        List<Product> products, List<Bundle> bundles) {
        this(currency, plans, seatIncrement, addons, products, bundles, UpsellSignals.NONE);
    }

    public static OfferCatalog empty() {
        return new OfferCatalog("USD", List.of(), 0, List.of(), List.of(), List.of());
    }

    /**
     * A volume tier of seat prices: seats up to {@code upTo} (inclusive, counted from the first seat of the account)
     * cost {@code price} each. A null {@code upTo} is the last, unbounded tier.
     */
    public record SeatTier(Integer upTo, BigDecimal price) {
        public SeatTier {
            Objects.requireNonNull(price, "price is null");
            if (upTo != null && upTo < 1) {
                throw new IllegalArgumentException("seat tier up_to must be at least 1, got " + upTo);
            }
        }
    }

    /**
     * A plan on the ladder. {@code seatPrice} is the monthly price of one seat, and of the first seat when the plan
     * has {@code seatTiers}. Tiers are graduated: each seat is priced by the tier it falls in, so 12 seats with tiers
     * [{up_to: 10, price: 49}, {price: 45}] cost 10 × 49 + 2 × 45.
     */
    public record Plan(String name, BigDecimal seatPrice, List<SeatTier> seatTiers) {
        public Plan {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(seatPrice, "seatPrice is null");
            seatTiers = List.copyOf(seatTiers);
            checkTiers(name, seatTiers);
        }

        public Plan(String name, BigDecimal seatPrice) {
            this(name, seatPrice, List.of());
        }

        /**
         * Returns the monthly price of {@code seats} seats on this plan. A fractional seat count (an average from
         * the data) is priced pro rata within its tier.
         *
         * @throws IllegalArgumentException if {@code seats} is negative or not finite
         */
        public BigDecimal monthlyPrice(double seats) {
            if (!(seats >= 0) || Double.isInfinite(seats)) {
                throw new IllegalArgumentException("seats must be 0 or more, got " + seats + " for plan " + name);
            }
            BigDecimal count = BigDecimal.valueOf(seats);
            if (seatTiers.isEmpty()) {
                return seatPrice.multiply(count);
            }

            BigDecimal total = BigDecimal.ZERO;
            BigDecimal below = BigDecimal.ZERO;
            for (SeatTier tier : seatTiers) {
                BigDecimal top = tier.upTo() == null ? count : count.min(BigDecimal.valueOf(tier.upTo()));
                if (top.compareTo(below) > 0) {
                    total = total.add(tier.price().multiply(top.subtract(below)));
                }
                if (tier.upTo() == null || count.compareTo(BigDecimal.valueOf(tier.upTo())) <= 0) {
                    break;
                }
                below = BigDecimal.valueOf(tier.upTo());
            }
            return total;
        }

        private static void checkTiers(String plan, List<SeatTier> tiers) {
            for (int i = 0; i < tiers.size(); i++) {
                SeatTier tier = tiers.get(i);
                boolean last = i == tiers.size() - 1;
                if (last != (tier.upTo() == null)) {
                    throw new IllegalArgumentException("plan " + plan + ": only the last seat tier has no up_to, tier " + (i + 1) + " breaks this");
                }
                if (i > 0 && tier.upTo() != null && tier.upTo() <= tiers.get(i - 1).upTo()) {
                    throw new IllegalArgumentException("plan " + plan + ": seat tier up_to values must increase, tier " + (i + 1) + " has " + tier.upTo());
                }
            }
        }
    }

    /**
     * An add-on (upsell) or another product (cross-sell) with its eligibility rules.
     *
     * @param requiresPlan the minimum plan on the ladder, or null for any plan
     * @param requires add-ons or products the account must already hold
     * @param excludes add-ons or products that rule this one out when held
     * @param usageFeature an account-frame feature whose value shows the account would use this, or null
     * @param minUsage the value of {@code usageFeature} that counts as use, or null for any value above 0
     */
    public record Product(String name, BigDecimal price, String requiresPlan, List<String> requires,
                          List<String> excludes, String usageFeature, Double minUsage) {
        public Product {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(price, "price is null");
            requires = List.copyOf(requires);
            excludes = List.copyOf(excludes);
        }

        public Product(String name, BigDecimal price, String requiresPlan) {
            this(name, price, requiresPlan, List.of(), List.of(), null, null);
        }
    }

    /** A package of products sold at {@code price}. */
    public record Bundle(String name, List<String> products, BigDecimal price) {
        public Bundle {
            products = List.copyOf(products);
        }
    }

    /**
     * Features of the account frame that suggest an upsell. {@code capFeature} is a usage-to-cap ratio: at
     * {@code nearCap} or above, the next plan is a candidate. {@code seatFeature} is seat utilisation: at
     * {@code highSeatUse} or above, more seats are a candidate. A null feature turns its signal off.
     */
    public record UpsellSignals(String capFeature, double nearCap, String seatFeature, double highSeatUse) {
        public static final double DEFAULT_THRESHOLD = 0.8;
        public static final UpsellSignals NONE = new UpsellSignals(null, DEFAULT_THRESHOLD, null, DEFAULT_THRESHOLD);

        public UpsellSignals {
            if (!Double.isFinite(nearCap) || !Double.isFinite(highSeatUse)) {
                throw new IllegalArgumentException("near_cap and high_seat_use must be finite, got " + nearCap + " and " + highSeatUse);
            }
        }
    }

    public Optional<Plan> plan(String name) {
        return plans.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Returns the position of a plan on the ladder, 0 for the lowest, or -1 for an unknown plan. */
    public int planRank(String name) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
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
