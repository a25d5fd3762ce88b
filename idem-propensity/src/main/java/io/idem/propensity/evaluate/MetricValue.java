package io.idem.propensity.evaluate;

/**
 * A metric, or the reason it cannot be computed (for example AUC on a test set with a single class), so that
 * the rest of a report still renders. Exactly one of the two is non-null.
 */
public record MetricValue(Double value, String reason) {

    public MetricValue {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("give either a value or a reason, not " + value + " and " + reason);
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("metric value " + value + " is not finite; give a reason instead");
        }
    }

    public static MetricValue of(double value) {
        return new MetricValue(value, null);
    }

    public static MetricValue unavailable(String reason) {
        return new MetricValue(null, reason);
    }
}
