package io.idem.statistics.sequential;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Interval;
import io.idem.statistics.Status;

/**
 * Always-valid result of a mixture SPRT at one look. Numbers that cannot be computed are null.
 *
 * @param status OK, DEGENERATE or INVALID_INPUT
 * @param reason why the status is not OK, or a caveat; empty when there is none
 * @param method "mSPRT (normal mixture)"
 * @param alpha type I error rate guaranteed over all looks
 * @param tauSquared variance of the normal mixing distribution, in squared units of the difference; null
 *     when it could not be derived
 * @param controlEstimate control rate or mean
 * @param treatmentEstimate treatment rate or mean
 * @param estimate treatment minus control
 * @param standardError standard error of the difference
 * @param logLikelihoodRatio natural log of the mixture likelihood ratio Lambda against no difference
 * @param pValue always-valid p-value, min(1, 1 / Lambda), or its running minimum across looks
 * @param confidenceSequence always-valid interval of the difference with coverage 1 - alpha over all looks
 * @param rejectNull whether the p-value is at or below alpha, so the test may stop and reject
 */
public record SequentialResult(
        Status status,
        String reason,
        String method,
        double alpha,
        Double tauSquared,
        Double controlEstimate,
        Double treatmentEstimate,
        Double estimate,
        Double standardError,
        Double logLikelihoodRatio,
        Double pValue,
        Interval confidenceSequence,
        boolean rejectNull) {

    public SequentialResult {
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(method, "method is null");
        for (Double value : new Double[] {tauSquared, controlEstimate, treatmentEstimate, estimate, standardError,
                logLikelihoodRatio, pValue}) {
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException("sequential result numbers must be finite, got " + value);
            }
        }
        if (status == Status.OK && (tauSquared == null || pValue == null || confidenceSequence == null)) {
            throw new IllegalArgumentException("an OK result needs tau^2, a p-value and a confidence sequence");
        }
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
    }

    /** Creates a result that carries only the arm estimates and the reason the test could not run. */
    public static SequentialResult notComputed(Status status, String reason, double alpha, Double tauSquared,
            Double controlEstimate, Double treatmentEstimate) {
        return new SequentialResult(status, reason, MixtureSprt.METHOD, alpha, tauSquared, controlEstimate,
                treatmentEstimate, null, null, null, null, null, false);
    }
}
