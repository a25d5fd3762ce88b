package io.idem.propensity.data;

import static java.util.Objects.requireNonNull;

/** A feature table with a binary label per row: true when the account took the offer. */
public final class Dataset {

    private final FeatureTable features;
    private final boolean[] labels;

    /** Copies {@code labels}; throws IllegalArgumentException when their count differs from the row count. */
    public Dataset(FeatureTable features, boolean[] labels) {
        this.features = requireNonNull(features, "features is null");
        this.labels = requireNonNull(labels, "labels is null").clone();
        if (labels.length != features.rowCount()) {
            throw new IllegalArgumentException("the dataset has " + features.rowCount() + " rows but "
                    + labels.length + " labels");
        }
    }

    public FeatureTable features() {
        return features;
    }

    public int rowCount() {
        return labels.length;
    }

    public boolean label(int row) {
        return labels[row];
    }

    public boolean[] labels() {
        return labels.clone();
    }

    public int positives() {
        int count = 0;
        for (boolean label : labels) {
            if (label) {
                count++;
            }
        }
        return count;
    }

    /** Returns a dataset holding the given rows, in that order. */
    public Dataset select(int[] rows) {
        boolean[] selected = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = labels[rows[i]];
        }
        return new Dataset(features.select(rows), selected);
    }
}
