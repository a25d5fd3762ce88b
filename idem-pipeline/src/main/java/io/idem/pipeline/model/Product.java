package io.idem.pipeline.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A product from products.csv.
 *
 * @param name product name as products.csv writes it
 * @param series product series; the products of one series form a price ladder
 * @param listPrice suggested retail price in USD, positive
 */
public record Product(String name, String series, BigDecimal listPrice) {

    public Product {
        requireNonNull(name, "name is null");
        requireNonNull(series, "series is null");
        requireNonNull(listPrice, "listPrice is null");
        if (name.isBlank() || series.isBlank()) {
            throw new IllegalArgumentException("product name and series must not be blank: '" + name + "', '"
                    + series + "'");
        }
        if (listPrice.signum() <= 0) {
            throw new IllegalArgumentException("list price of product '" + name + "' is " + listPrice
                    + ", but it must be positive");
        }
    }
}
