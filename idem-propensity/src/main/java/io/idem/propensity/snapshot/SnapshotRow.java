package io.idem.propensity.snapshot;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/** The features of one account at one snapshot date, and its outcome over the window after the snapshot. */
public record SnapshotRow(String accountId, LocalDate snapshotDate, List<FeatureValue> values, Outcome outcome) {

    public SnapshotRow {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(snapshotDate, "snapshotDate is null");
        values = List.copyOf(requireNonNull(values, "values is null"));
        requireNonNull(outcome, "outcome is null");
    }
}
