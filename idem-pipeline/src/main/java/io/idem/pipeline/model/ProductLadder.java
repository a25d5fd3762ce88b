package io.idem.pipeline.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The products of products.csv arranged as one price ladder per series.
 *
 * <p>Within a series, products are ordered by list price, cheapest first; equal prices are ordered by name so the
 * ladder does not depend on file order. The first product of a series is its entry product and the last its top.
 */
public final class ProductLadder {

    private static final Comparator<Product> BY_PRICE_THEN_NAME =
            Comparator.comparing(Product::listPrice).thenComparing(Product::name);

    private final Map<String, Product> byName;
    private final Map<String, List<Product>> bySeries;

    /**
     * Builds the ladders.
     *
     * @throws IllegalArgumentException when two products have the same name
     */
    public ProductLadder(List<Product> products) {
        requireNonNull(products, "products is null");
        Map<String, Product> names = new LinkedHashMap<>();
        for (Product product : products) {
            Product previous = names.putIfAbsent(product.name(), product);
            if (previous != null) {
                throw new IllegalArgumentException("product '" + product.name() + "' is listed twice");
            }
        }
        this.byName = Map.copyOf(names);

        Map<String, List<Product>> series = new TreeMap<>();
        for (Product product : products) {
            series.computeIfAbsent(product.series(), key -> new ArrayList<>()).add(product);
        }
        series.replaceAll((name, rungs) -> rungs.stream().sorted(BY_PRICE_THEN_NAME).toList());
        this.bySeries = Collections.unmodifiableMap(series);
    }

    /** Returns the product with this exact name, or empty. */
    public Optional<Product> product(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Returns the series names in alphabetical order. */
    public List<String> series() {
        return List.copyOf(bySeries.keySet());
    }

    /** Returns the products of a series, cheapest first; empty for an unknown series. */
    public List<Product> rungs(String series) {
        return bySeries.getOrDefault(series, List.of());
    }

    /** Returns every product, series by series in alphabetical order, each series cheapest first. */
    public List<Product> products() {
        return bySeries.values().stream().flatMap(List::stream).toList();
    }

    /** Returns the cheapest product of a series. */
    public Product entry(String series) {
        List<Product> rungs = rungs(series);
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("unknown product series '" + series + "'");
        }
        return rungs.get(0);
    }

    /** Returns the product one rung above {@code product} in its series, or empty when it is the top. */
    public Optional<Product> next(Product product) {
        int position = position(product);
        List<Product> rungs = rungs(product.series());
        return position + 1 < rungs.size() ? Optional.of(rungs.get(position + 1)) : Optional.empty();
    }

    /** Returns the 0-based rung of {@code product} in its series; 0 is the entry product. */
    public int position(Product product) {
        int position = rungs(product.series()).indexOf(product);
        if (position < 0) {
            throw new IllegalArgumentException("product '" + product.name() + "' is not on the ladder");
        }
        return position;
    }
}
