package io.idem.propensity.snapshot;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled dataset whose rows are accounts at snapshot dates, each with the outcome window its label covers.
 * Built by {@link SnapshotDatasetBuilder}, which has checked that no feature reads data after its snapshot.
 */
public final class SnapshotDataset {

    private final Dataset dataset;
    private final List<LocalDate> snapshotDates;
    private final List<Outcome> outcomes;

    SnapshotDataset(Dataset dataset, List<LocalDate> snapshotDates, List<Outcome> outcomes) {
        this.dataset = requireNonNull(dataset, "dataset is null");
        this.snapshotDates = List.copyOf(snapshotDates);
        this.outcomes = List.copyOf(outcomes);
        if (this.snapshotDates.size() != dataset.rowCount() || this.outcomes.size() != dataset.rowCount()) {
            throw new IllegalArgumentException("snapshot dates and outcomes must have one entry per row");
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    public int rowCount() {
        return dataset.rowCount();
    }

    public LocalDate snapshotDate(int row) {
        return snapshotDates.get(row);
    }

    public Outcome outcome(int row) {
        return outcomes.get(row);
    }

    /** Returns a dataset holding the given rows, in that order. */
    public SnapshotDataset select(int[] rows) {
        List<LocalDate> dates = new ArrayList<>(rows.length);
        List<Outcome> selectedOutcomes = new ArrayList<>(rows.length);
        for (int row : rows) {
            dates.add(snapshotDates.get(row));
            selectedOutcomes.add(outcomes.get(row));
        }
        return new SnapshotDataset(dataset.select(rows), dates, selectedOutcomes);
    }
}
