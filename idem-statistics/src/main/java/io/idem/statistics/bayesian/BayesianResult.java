package io.idem.statistics.bayesian;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Status;

/**
 * Result of a Bayesian two-arm comparison. Numbers that cannot be computed are null, never NaN.
 *
 * @param status OK, DEGENERATE or INVALID_INPUT
 * @param reason why the status is not OK, or a caveat; empty when there is none
 * @param method model name, for example "beta-binomial"
 * @param control posterior of the control arm; null when it cannot be computed
 * @param treatment posterior of the treatment arm; null when it cannot be computed
 * @param chanceToBeatControl posterior probability that the treatment rate or mean exceeds the control's
 * @param controlRisk expected loss of shipping the control, E[max(treatment - control, 0)], in the
 *     metric's units
 * @param treatmentRisk expected loss of shipping the treatment, E[max(control - treatment, 0)]
 */
public record BayesianResult(
        Status status,
        String reason,
        String method,
        ArmPosterior control,
        ArmPosterior treatment,
        Double chanceToBeatControl,
        Double controlRisk,
        Double treatmentRisk) {

    public BayesianResult {
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(method, "method is null");
        requireProbability("chanceToBeatControl", chanceToBeatControl);
        requireNonNegative("controlRisk", controlRisk);
        requireNonNegative("treatmentRisk", treatmentRisk);
        if (status == Status.OK && (chanceToBeatControl == null || controlRisk == null || treatmentRisk == null)) {
            throw new IllegalArgumentException("an OK result needs the chance to beat control and both risks");
        }
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
    }

    static BayesianResult notComputed(Status status, String reason, String method) {
        return new BayesianResult(status, reason, method, null, null, null, null, null);
    }

    private static void requireProbability(String name, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability, got " + value);
        }
    }

    private static void requireNonNegative(String name, Double value) {
        if (value != null && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }
}
