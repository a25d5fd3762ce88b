package io.idem.propensity.evaluate;

import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * Area under the ROC curve from the Mann-Whitney U statistic: with {@code R1} the sum of the ranks of the
 * positives' scores among all scores, tied scores sharing their average rank,
 * {@code AUC = (R1 - n1 (n1 + 1) / 2) / (n1 n0)}. That equals the probability that a random positive scores
 * above a random negative, ties counting one half, which is the Wilcoxon statistic's estimate (Hanley and McNeil,
 * "The Meaning and Use of the Area under a Receiver Operating Characteristic (ROC) Curve", Radiology 143, 1982).
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * Computes the AUC of {@code scores} against {@code labels}; unavailable when either class is absent.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
     */
    public static MetricValue compute(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
        }
        long positives = 0;
        for (boolean label : labels) {
            if (label) {
                positives++;
            }
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return MetricValue.unavailable("AUC needs both classes, but the " + labels.length + " rows have "
                    + positives + " positives and " + negatives + " negatives");
        }

        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(scores);
        double positiveRankSum = 0.0;
        for (int i = 0; i < ranks.length; i++) {
            if (labels[i]) {
                positiveRankSum += ranks[i];
            }
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return MetricValue.of(u / ((double) positives * negatives));
    }
}
