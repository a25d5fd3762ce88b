package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.Variant;
import java.util.List;

/**
 * Planned split of accounts between variants: each variant's share of the total weight and the cumulative
 * boundaries that map a hash in [0, 1) to a variant. Variant {@code i} receives the hashes in
 * [s_1 + ... + s_(i-1), s_1 + ... + s_i), so the order of the variants is part of the design.
 */
public final class Allocation {

    private final List<Variant> variants;
    private final double[] shares;
    private final double[] upperBounds;

    /**
     * Creates the allocation of variants in the given order.
     *
     * @throws IllegalArgumentException for fewer than 2 variants or a repeated name
     */
    public Allocation(List<Variant> variants) {
        requireNonNull(variants, "variants is null");
        this.variants = List.copyOf(variants);
        if (this.variants.size() < 2) {
            throw new IllegalArgumentException("an allocation needs at least 2 variants, got " + variants.size()
                    + "; add a control such as holdout:0.10");
        }
        if (this.variants.stream().map(Variant::name).distinct().count() != this.variants.size()) {
            throw new IllegalArgumentException("variant names must be distinct, got " + this.variants);
        }

        double total = this.variants.stream().mapToDouble(Variant::weight).sum();
        this.shares = this.variants.stream().mapToDouble(v -> v.weight() / total).toArray();
        this.upperBounds = new double[shares.length];
        double cumulative = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += shares[i];
            upperBounds[i] = cumulative;
        }
        // The running sum can land just below 1; the last bucket must catch every hash below 1.
        upperBounds[shares.length - 1] = 1.0;
    }

    public List<Variant> variants() {
        return variants;
    }

    public int size() {
        return variants.size();
    }

    /** Returns the share of variant {@code index}: its weight over the sum of weights. */
    public double share(int index) {
        return shares[index];
    }

    /** Returns the index of the variant whose cumulative bucket contains {@code fraction}, in [0, 1). */
    public int indexAt(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("hash fraction must be in [0, 1), got " + fraction);
        }
        for (int i = 0; i < upperBounds.length; i++) {
            if (fraction < upperBounds[i]) {
                return i;
            }
        }
        return upperBounds.length - 1;
    }
}
