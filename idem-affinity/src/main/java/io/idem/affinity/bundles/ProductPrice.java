package io.idem.affinity.bundles;

import static java.util.Objects.requireNonNull;

/**
 * The monthly list price of one product and its monthly variable cost per account, in one currency.
 *
 * @param product the product name, as it appears in the baskets
 * @param monthlyPrice the monthly recurring revenue of one subscription, at least 0
 * @param monthlyUnitCost the monthly cost of serving one subscription, at least 0; may exceed the price
 */
public record ProductPrice(String product, double monthlyPrice, double monthlyUnitCost) {

    public ProductPrice {
        requireNonNull(product, "product is null");
        if (product.isBlank()) {
            throw new IllegalArgumentException("product name is blank");
        }
        if (!(monthlyPrice >= 0.0) || Double.isInfinite(monthlyPrice)) {
            throw new IllegalArgumentException(
                    "monthly price of " + product + " must be finite and at least 0, but was " + monthlyPrice);
        }
        if (!(monthlyUnitCost >= 0.0) || Double.isInfinite(monthlyUnitCost)) {
            throw new IllegalArgumentException(
                    "monthly unit cost of " + product + " must be finite and at least 0, but was " + monthlyUnitCost);
        }
    }

    /** Creates the price of a product whose variable cost is negligible, so its whole price is margin. */
    public static ProductPrice priceOnly(String product, double monthlyPrice) {
        return new ProductPrice(product, monthlyPrice, 0.0);
    }

    public static ProductPrice withUnitCost(String product, double monthlyPrice, double monthlyUnitCost) {
        return new ProductPrice(product, monthlyPrice, monthlyUnitCost);
    }

    /**
     * Creates the price of a product whose margin is {@code marginRate} of its price, so its unit cost is
     * price x (1 - marginRate).
     */
    public static ProductPrice withMarginRate(String product, double monthlyPrice, double marginRate) {
        if (!(marginRate >= 0.0 && marginRate <= 1.0)) {
            throw new IllegalArgumentException(
                    "margin rate of " + product + " must be in [0, 1], but was " + marginRate);
        }
        return new ProductPrice(product, monthlyPrice, monthlyPrice * (1.0 - marginRate));
    }

    public double monthlyMargin() {
        return monthlyPrice - monthlyUnitCost;
    }
}
