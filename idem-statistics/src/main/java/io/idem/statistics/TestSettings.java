package io.idem.statistics;

import static java.util.Objects.requireNonNull;

/**
 * Significance level and alternative hypothesis of a test.
 *
 * @param alpha type I error rate, strictly between 0 and 1; intervals have coverage 1 - alpha
 * @param alternative direction of the alternative hypothesis on treatment minus control
 */
public record TestSettings(double alpha, Alternative alternative) {

    public TestSettings {
        requireNonNull(alternative, "alternative is null");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha
                    + "; use 0.05 for 95% intervals");
        }
    }

    /** Returns alpha = 0.05 with a two-sided alternative. */
    public static TestSettings defaults() {
        return new TestSettings(0.05, Alternative.TWO_SIDED);
    }
}
