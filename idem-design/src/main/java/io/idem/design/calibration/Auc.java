package io.idem.design.calibration;

import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * The area under the ROC curve of a score for one outcome: the probability that a random account
 * of the {@code favoured} group scores above a random account of the others, ties counting one
 * half. It is 1 when the score separates the groups perfectly and 0.5 when it does no better than
 * chance. {@code value} is null when either group is empty.
 */
public record Auc(Double value, long favoured, long others) {

    public Auc {
        if (favoured < 0 || others < 0) {
            throw new IllegalArgumentException("group sizes must be 0 or more, got " + favoured + " and " + others);
        }
    }

    /**
     * Computes the AUC from the Mann-Whitney U statistic. With R the sum of the favoured accounts'
     * ranks among all scores, tied scores sharing their average rank, U = R - n1 (n1 + 1) / 2 and
     * AUC = U / (n1 n0) (Hanley and McNeil, "The Meaning and Use of the Area under a Receiver
     * Operating Characteristic (ROC) Curve", Radiology 143, 1982, which equates the area with the
     * Wilcoxon-Mann-Whitney statistic).
     *
     * @throws IllegalArgumentException when the arrays differ in length or a score is NaN
     */
    public static Auc of(double[] scores, boolean[] favoured) {
        if (scores.length != favoured.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + favoured.length + " group labels");
        }
        long n1 = 0;
        for (boolean label : favoured) {
            n1 += label ? 1 : 0;
        }
        long n0 = scores.length - n1;
        if (n1 == 0 || n0 == 0) {
            return new Auc(null, n1, n0);
        }

        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(scores);
        double rankSum = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (favoured[i]) {
                rankSum += ranks[i];
            }
        }
        double u = rankSum - n1 * (n1 + 1) / 2.0;
        return new Auc(u / ((double) n1 * n0), n1, n0);
    }

    /** Returns why the value is missing, or null when it is present. */
    public String reason() {
        if (value != null) {
            return null;
        }
        return favoured == 0 ? "no account in the favoured group" : "every account is in the favoured group";
    }
}
