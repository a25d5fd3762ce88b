package io.idem.propensity.evaluate;

/**
 * Mean negative Bernoulli log-likelihood, {@code -(1/n) sum [y log p + (1 - y) log(1 - p)]}, in nats. A
 * probability is clipped to [1e-15, 1 - 1e-15] first, so that one confident mistake gives a large but finite
 * loss.
 */
public final class LogLoss {

    static final double CLIP = 1e-15;

    private LogLoss() {
    }

    /** Computes the log loss; unavailable for no rows; throws IllegalArgumentException for unequal lengths. */
    public static MetricValue compute(double[] probabilities, boolean[] labels) {
        if (probabilities.length != labels.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities but " + labels.length
                    + " labels");
        }
        if (probabilities.length == 0) {
            return MetricValue.unavailable("log loss needs at least one row");
        }
        double sum = 0.0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(Math.max(probabilities[i], CLIP), 1 - CLIP);
            sum -= labels[i] ? Math.log(p) : Math.log1p(-p);
        }
        return MetricValue.of(sum / probabilities.length);
    }
}
