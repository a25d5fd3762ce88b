package io.idem.design.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * Percentile ranks of one measure's values within peer groups. Let n be the number of present values
 * in a group and r a value's rank from 1 (lowest), tied values sharing the mean of their ranks. The
 * percentile rank is 100 × (r - 1) / (n - 1), so the lowest value gets 0, the highest 100 and a
 * value tied with every other 50. A group with a single value gets 50, because it has no peer to
 * be ranked against.
 */
final class PeerPercentiles {

    static final double SINGLE_VALUE_RANK = 50.0;

    private PeerPercentiles() {
    }

    /**
     * Returns the percentile score of every row, or null where the value is missing.
     *
     * @param values one value per account, null when missing
     * @param groups one peer group per account; accounts with a null group form one group together
     * @param lowerIsBetter score 100 minus the rank, so the lowest value scores 100
     */
    static Double[] scores(Double[] values, String[] groups, boolean lowerIsBetter) {
        Map<String, List<Integer>> rowsByGroup = new HashMap<>();
        for (int row = 0; row < values.length; row++) {
            if (values[row] != null) {
                rowsByGroup.computeIfAbsent(groups[row], g -> new ArrayList<>()).add(row);
            }
        }

        Double[] scores = new Double[values.length];
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        for (List<Integer> rows : rowsByGroup.values()) {
            int n = rows.size();
            double[] groupValues = new double[n];
            for (int i = 0; i < n; i++) {
                groupValues[i] = values[rows.get(i)];
            }
            double[] ranks = ranking.rank(groupValues);
            for (int i = 0; i < n; i++) {
                double percentile = n == 1 ? SINGLE_VALUE_RANK : 100.0 * (ranks[i] - 1) / (n - 1);
                scores[rows.get(i)] = lowerIsBetter ? 100.0 - percentile : percentile;
            }
        }
        return scores;
    }
}
