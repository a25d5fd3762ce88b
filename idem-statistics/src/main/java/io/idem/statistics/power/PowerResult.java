package io.idem.statistics.power;

import static java.util.Objects.requireNonNull;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;

/**
 * Sample size or power of a two-arm design. Numbers that cannot be computed are null.
 *
 * @param status OK, INVALID_INPUT, or DEGENERATE when the numerical integration did not converge
 * @param reason why the status is not OK; empty when it is
 * @param method formula used
 * @param alpha type I error rate
 * @param alternative sidedness of the planned test
 * @param absoluteEffect minimum detectable effect as treatment minus control, in the metric's units
 * @param targetPower requested power when solving for n; null when computing power for a given n
 * @param exactControlN control accounts at which the power equals the target, before rounding up; null
 *     when computing power for a given n
 * @param controlN control accounts, rounded up
 * @param treatmentN treatment accounts, the allocation ratio times the exact control n, rounded up
 * @param totalN sum of both arms
 * @param power power of the design at controlN and treatmentN
 */
public record PowerResult(
        Status status,
        String reason,
        String method,
        double alpha,
        Alternative alternative,
        Double absoluteEffect,
        Double targetPower,
        Double exactControlN,
        Long controlN,
        Long treatmentN,
        Long totalN,
        Double power) {

    public PowerResult {
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(method, "method is null");
        requireNonNull(alternative, "alternative is null");
        for (Double value : new Double[] {absoluteEffect, targetPower, exactControlN, power}) {
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException("power results must be finite, got " + value);
            }
        }
        if (status == Status.OK && (controlN == null || treatmentN == null || power == null)) {
            throw new IllegalArgumentException("an OK result needs both arm sizes and the power");
        }
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
    }

    static PowerResult invalid(String reason, String method, double alpha, Alternative alternative) {
        return new PowerResult(Status.INVALID_INPUT, reason, method, alpha, alternative,
                null, null, null, null, null, null, null);
    }
}
