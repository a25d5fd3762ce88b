package io.idem.pipeline.motion;

import static java.util.Objects.requireNonNull;

import io.idem.pipeline.model.Opportunity;

/**
 * A closed deal with an account and its motion. For a lost deal the motion is the one the deal would have had if
 * won, so win rates can be compared across motions.
 *
 * @param opportunity the won or lost opportunity, which has an account
 * @param series product series of the deal
 * @param motion motion judged from the account's won deals ordered before this one
 * @param sameDayAsFirstWin whether the deal closed on the day of the account's first win without being that win
 */
public record ClassifiedDeal(Opportunity opportunity, String series, Motion motion, boolean sameDayAsFirstWin) {

    public ClassifiedDeal {
        requireNonNull(opportunity, "opportunity is null");
        requireNonNull(series, "series is null");
        requireNonNull(motion, "motion is null");
        if (!opportunity.stage().isClosed() || opportunity.account().isEmpty()) {
            throw new IllegalArgumentException("opportunity " + opportunity.id() + " must be closed and have an"
                    + " account to get a motion");
        }
    }

    public String account() {
        return opportunity.accountName();
    }
}
