package io.idem.propensity.explain;

import io.idem.propensity.data.FeatureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Sums contributions of encoded columns into contributions of the features they came from. Both explanations
 * are additive on the log-odds scale, so the one-hot columns and missing indicator of a feature add up to that
 * feature's contribution.
 */
public final class ContributionAggregator {

    private final FeatureTable table;
    private final IntUnaryOperator sourceFeature;

    /**
     * @param table the table whose rows are explained
     * @param sourceFeature maps an encoded column to the index of its feature in {@code table}
     */
    public ContributionAggregator(FeatureTable table, IntUnaryOperator sourceFeature) {
        this.table = table;
        this.sourceFeature = sourceFeature;
    }

    /** Returns one contribution per feature of the table, in table order, for {@code row}. */
    public List<FeatureContribution> perFeature(int row, double[] columnContributions) {
        double[] sums = new double[table.columns().size()];
        for (int column = 0; column < columnContributions.length; column++) {
            sums[sourceFeature.applyAsInt(column)] += columnContributions[column];
        }
        List<FeatureContribution> contributions = new ArrayList<>(sums.length);
        for (int feature = 0; feature < sums.length; feature++) {
            contributions.add(new FeatureContribution(table.columns().get(feature).name(),
                    table.columns().get(feature).displayValue(row), sums[feature]));
        }
        return contributions;
    }
}
