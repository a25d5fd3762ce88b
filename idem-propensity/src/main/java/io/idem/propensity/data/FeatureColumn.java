package io.idem.propensity.data;

/**
 * One feature over all rows of a {@link FeatureTable}. A missing value is {@code NaN} in a numeric column and
 * {@code null} in a categorical one.
 */
public sealed interface FeatureColumn permits NumericColumn, CategoricalColumn {

    String name();

    int size();

    boolean isMissing(int row);

    /** Renders the value of {@code row} for explanations and score files; "missing" for a missing value. */
    String displayValue(int row);

    /** Returns a column holding the given rows, in that order. */
    FeatureColumn select(int[] rows);
}
