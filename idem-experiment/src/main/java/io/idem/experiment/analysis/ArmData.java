package io.idem.experiment.analysis;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.ProportionSummary;
import java.util.List;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.Variance;

/**
 * Per-account values of one variant, in the order the accounts were observed.
 *
 * @param variant variant name
 * @param share planned share of the variant, its weight over the sum of weights
 * @param converted 1 for each account that converted, 0 otherwise
 * @param expansionMrr expansion MRR per account
 * @param prePeriod pre-period covariate per account, or null when the analysis has none
 */
record ArmData(String variant, double share, double[] converted, double[] expansionMrr, double[] prePeriod) {

    static ArmData of(String variant, double share, List<Observation> observations, boolean withPrePeriod) {
        int n = observations.size();
        double[] converted = new double[n];
        double[] mrr = new double[n];
        double[] pre = withPrePeriod ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            Observation observation = observations.get(i);
            converted[i] = observation.converted() ? 1 : 0;
            mrr[i] = observation.expansionMrr();
            if (pre != null) {
                pre[i] = observation.prePeriod();
            }
        }
        return new ArmData(variant, share, converted, mrr, pre);
    }

    long n() {
        return converted.length;
    }

    long conversions() {
        long conversions = 0;
        for (double value : converted) {
            conversions += (long) value;
        }
        return conversions;
    }

    ProportionSummary proportions() {
        return new ProportionSummary(n(), conversions());
    }

    /** Returns the expansion MRR summary; an empty arm has mean 0 and an arm of one account variance 0. */
    MeanSummary expansion() {
        return summary(expansionMrr);
    }

    /** Returns the pre-period summary, or null without a pre-period covariate. */
    MeanSummary prePeriodSummary() {
        return prePeriod == null ? null : summary(prePeriod);
    }

    private static MeanSummary summary(double[] values) {
        if (values.length == 0) {
            return new MeanSummary(0, 0, 0);
        }
        return new MeanSummary(values.length, new Mean().evaluate(values), new Variance().evaluate(values));
    }
}
