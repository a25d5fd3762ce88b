package io.idem.experiment.analysis;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import io.idem.statistics.sequential.MixtureSprt;
import io.idem.statistics.sequential.SequentialResult;

/**
 * Mixing variance tau^2 of the mSPRT: the value that makes the confidence sequence narrowest at the variance
 * of the difference expected at the planned sample size ({@link MixtureSprt#tauSquaredFor}). When the sample
 * size plan is not available, the variance of the difference observed now is used instead.
 *
 * <p>NOTE: the expansion MRR plan, and so its tau^2, rests on the observed control variance, and the
 * conversion plan does too when the design sets no baseline rate. The mSPRT's guarantee assumes a tau^2
 * fixed before the experiment, so set a baseline rate in the design to fix it for conversion.
 *
 * @param tauSquared mixing variance, or null when none could be chosen
 * @param basis how tau^2 was chosen, or why it could not be
 */
record SequentialTuning(Double tauSquared, String basis) {

    /**
     * Chooses tau^2.
     *
     * @param control control summary, whose variance of the mean is used when there is no plan
     * @param variant variant summary, likewise
     * @param plannedVariance variance of the difference at the planned sample size, or null when not planned
     * @param plannedBasis description of the planned variance
     */
    static SequentialTuning choose(MeanSummary control, MeanSummary variant, Double plannedVariance,
            String plannedBasis, double alpha) {
        if (plannedVariance != null && plannedVariance > 0 && Double.isFinite(plannedVariance)) {
            return new SequentialTuning(MixtureSprt.tauSquaredFor(plannedVariance, alpha), plannedBasis);
        }

        if (control.n() > 0 && variant.n() > 0) {
            double observed = control.varianceOfMean() + variant.varianceOfMean();
            if (observed > 0) {
                return new SequentialTuning(MixtureSprt.tauSquaredFor(observed, alpha),
                        "observed variance of the difference at " + control.n() + " control and " + variant.n()
                                + " variant accounts, because the sample size plan is not available");
            }
        }
        return new SequentialTuning(null, "tau^2 could not be chosen: the sample size plan is not available and"
                + " the observed difference has no variance (an empty arm, or one value for every account)");
    }

    /** Returns the result to report when no tau^2 could be chosen. */
    SequentialResult notComputed(double alpha, MeanSummary control, MeanSummary variant) {
        return SequentialResult.notComputed(Status.DEGENERATE, basis, alpha, null,
                control.n() == 0 ? null : control.mean(), variant.n() == 0 ? null : variant.mean());
    }
}
