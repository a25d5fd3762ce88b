package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as the measures read it.
 *
 * @param playId    the play that created it, or null
 * @param stage     its stage name, for example {@code won}
 * @param closedOn  the day it was won or lost, or null while open
 * @param actualMrr the booked MRR of a won opportunity, or null
 */
public record OpportunityRecord(String opportunityId, String playId, String accountId, String owner, String stage, LocalDate closedOn,
                                BigDecimal actualMrr) {

    public OpportunityRecord {
        requireNonNull(opportunityId, "opportunityId is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(stage, "stage is null");
    }

    /** Returns whether it was won on or before {@code asOf} with a booked MRR. */
    public boolean wonBy(LocalDate asOf) {
        return stage.equals("won") && closedOn != null && !closedOn.isAfter(asOf) && actualMrr != null;
    }

    public boolean lostBy(LocalDate asOf) {
        return stage.equals("lost") && closedOn != null && !closedOn.isAfter(asOf);
    }
}
