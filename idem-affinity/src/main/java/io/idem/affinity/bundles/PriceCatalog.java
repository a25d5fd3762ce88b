package io.idem.affinity.bundles;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Monthly prices and unit costs by product name. */
public record PriceCatalog(Map<String, ProductPrice> prices) {

    public PriceCatalog {
        requireNonNull(prices, "prices is null");
        for (Map.Entry<String, ProductPrice> entry : prices.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().product())) {
                throw new IllegalArgumentException("catalog key " + entry.getKey()
                        + " differs from the product name " + entry.getValue().product());
            }
        }
        prices = Map.copyOf(prices);
    }

    /** Builds a catalog from a list; a product listed twice is rejected. */
    public static PriceCatalog of(List<ProductPrice> products) {
        Map<String, ProductPrice> prices = new HashMap<>();
        for (ProductPrice product : products) {
            if (prices.put(product.product(), product) != null) {
                throw new IllegalArgumentException("product " + product.product() + " is listed twice in the catalog");
            }
        }
        return new PriceCatalog(prices);
    }

    public Optional<ProductPrice> find(String product) {
        return Optional.ofNullable(prices.get(product));
    }

    public boolean pricesAll(Collection<String> products) {
        return prices.keySet().containsAll(products);
    }

    /** Returns the sum of the monthly list prices; every product must be in the catalog. */
    public double listPrice(Collection<String> products) {
        double sum = 0.0;
        for (String product : products) {
            sum += require(product).monthlyPrice();
        }
        return sum;
    }

    /** Returns the sum of the monthly unit costs; every product must be in the catalog. */
    public double unitCost(Collection<String> products) {
        double sum = 0.0;
        for (String product : products) {
            sum += require(product).monthlyUnitCost();
        }
        return sum;
    }

    private ProductPrice require(String product) {
        ProductPrice price = prices.get(product);
        if (price == null) {
            throw new IllegalArgumentException("product " + product + " has no price in the catalog");
        }
        return price;
    }
}
