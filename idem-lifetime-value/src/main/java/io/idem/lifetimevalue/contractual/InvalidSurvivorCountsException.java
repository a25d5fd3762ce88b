package io.idem.lifetimevalue.contractual;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.ModelFitException;

/**
 * Survivor counts that break a rule of the sBG model, with the position of the offending count so that a file
 * reader can point at its line and column.
 */
public class InvalidSurvivorCountsException extends ModelFitException {
    private final int index;
    private final long value;

    /**
     * @param index zero-based position of the offending count (0 is the cohort size), or -1 when the problem is
     *     the series as a whole
     * @param value the offending count, or the number of counts when {@code index} is -1
     */
    public InvalidSurvivorCountsException(FitFailure failure, int index, long value, String detail) {
        super(LifetimeValueModel.SBG, failure, detail);
        this.index = index;
        this.value = value;
    }

    public int index() {
        return index;
    }

    public long value() {
        return value;
    }
}
