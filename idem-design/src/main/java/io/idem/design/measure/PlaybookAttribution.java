package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The expansion MRR linked to one playbook.
 *
 * @param playbook   the playbook name, empty for won opportunities that no play created
 * @param attributed MRR of ledger expansions matched to won opportunities of its plays
 * @param influenced MRR of ledger expansions without a won opportunity, after one of its plays started
 */
public record PlaybookAttribution(String playbook, BigDecimal attributed, BigDecimal influenced) {

    public PlaybookAttribution {
        requireNonNull(playbook, "playbook is null");
        requireNonNull(attributed, "attributed is null");
        requireNonNull(influenced, "influenced is null");
    }
}
