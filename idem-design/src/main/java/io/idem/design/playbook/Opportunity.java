package io.idem.design.playbook;

import io.idem.workspace.Motion;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An expansion opportunity a play created; {@code expectedMrr} is the incremental MRR the offer would add. */
public record Opportunity(String opportunityId, String playId, String accountId, Motion motion, String offer,
                          BigDecimal expectedMrr, String stage, String owner, LocalDate createdOn) {

    /** The stage every new opportunity starts in. */
    public static final String FIRST_STAGE = "identified";
}
