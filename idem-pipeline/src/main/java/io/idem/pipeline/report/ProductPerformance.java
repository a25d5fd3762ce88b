package io.idem.pipeline.report;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.Product;

/** Pipeline figures of one product, counting opportunities with and without an account. */
public record ProductPerformance(Product product, DealStats stats) {

    public ProductPerformance {
        requireNonNull(product, "product is null");
        requireNonNull(stats, "stats is null");
    }
}
