package io.idem.affinity.mining;

import static java.util.Objects.requireNonNull;

/**
 * Settings of one frequent itemset mining run.
 *
 * @param minimumSupport the support an itemset needs to be reported
 * @param maxItemsetSize the largest itemset to report, at least 1; {@link #UNLIMITED_SIZE} for no limit
 */
public record MiningParameters(MinimumSupport minimumSupport, int maxItemsetSize) {

    public static final int UNLIMITED_SIZE = Integer.MAX_VALUE;

    public MiningParameters {
        requireNonNull(minimumSupport, "minimumSupport is null");
        if (maxItemsetSize < 1) {
            throw new IllegalArgumentException("maxItemsetSize must be at least 1, but was " + maxItemsetSize);
        }
    }

    public static MiningParameters unlimited(MinimumSupport minimumSupport) {
        return new MiningParameters(minimumSupport, UNLIMITED_SIZE);
    }
}
