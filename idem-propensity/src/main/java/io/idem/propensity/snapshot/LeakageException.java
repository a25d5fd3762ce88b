package io.idem.propensity.snapshot;

/**
 * Thrown when a row or a split would let information from after a snapshot reach the model. The causes are a
 * feature computed from data after its snapshot date, an outcome window that does not start after the
 * snapshot, and a training outcome window that overlaps the test period.
 */
public final class LeakageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeakageException(String message) {
        super(message);
    }
}
