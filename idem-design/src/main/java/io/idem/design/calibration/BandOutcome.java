package io.idem.design.calibration;

import static java.util.Objects.requireNonNull;

/** The accounts of one health band at a month end and how many of them churned or expanded in the horizon after it. */
public record BandOutcome(String band, long accounts, long churned, long expanded) {

    public BandOutcome {
        requireNonNull(band, "band is null");
        if (churned > accounts || expanded > accounts || churned < 0 || expanded < 0) {
            throw new IllegalArgumentException("band " + band + ": " + churned + " churned and " + expanded
                    + " expanded must each be between 0 and its " + accounts + " accounts");
        }
    }

    /** Returns churned / accounts, null for an empty band. */
    public Double churnRate() {
        return accounts == 0 ? null : (double) churned / accounts;
    }

    /** Returns expanded / accounts, null for an empty band. */
    public Double expansionRate() {
        return accounts == 0 ? null : (double) expanded / accounts;
    }
}
