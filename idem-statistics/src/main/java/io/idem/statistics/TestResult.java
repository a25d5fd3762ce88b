package io.idem.statistics;

import static java.util.Objects.requireNonNull;

/**
 * Result of a frequentist two-arm comparison. Numbers that cannot be computed are null, never NaN,
 * and the status with its reason explains why.
 *
 * @param status OK, DEGENERATE or INVALID_INPUT
 * @param reason why the status is not OK, or a caveat about an OK result; empty when there is none
 * @param method name of the test, for example "two-proportion z-test"
 * @param alternative alternative hypothesis on treatment minus control
 * @param alpha significance level; intervals have coverage 1 - alpha
 * @param controlEstimate control rate or mean; null when the control arm is empty
 * @param treatmentEstimate treatment rate or mean; null when the treatment arm is empty
 * @param absoluteEffect treatment minus control with its interval; null when it cannot be computed
 * @param relativeEffect treatment / control - 1 with its delta-method interval; null when the control
 *     estimate is 0 or the absolute effect cannot be computed
 * @param statistic z or t statistic
 * @param degreesOfFreedom Welch-Satterthwaite degrees of freedom; null for z-tests
 * @param pValue p-value for the alternative
 */
public record TestResult(
        Status status,
        String reason,
        String method,
        Alternative alternative,
        double alpha,
        Double controlEstimate,
        Double treatmentEstimate,
        Effect absoluteEffect,
        Effect relativeEffect,
        Double statistic,
        Double degreesOfFreedom,
        Double pValue) {

    public TestResult {
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(method, "method is null");
        requireNonNull(alternative, "alternative is null");
        requireNotNaN("controlEstimate", controlEstimate);
        requireNotNaN("treatmentEstimate", treatmentEstimate);
        requireNotNaN("statistic", statistic);
        requireNotNaN("degreesOfFreedom", degreesOfFreedom);
        requireNotNaN("pValue", pValue);
        if (pValue != null && (pValue < 0 || pValue > 1)) {
            throw new IllegalArgumentException("pValue must be between 0 and 1, got " + pValue);
        }
        if (status == Status.OK && (absoluteEffect == null || statistic == null || pValue == null)) {
            throw new IllegalArgumentException("an OK result needs an absolute effect, a statistic and a p-value");
        }
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " result needs a reason");
        }
    }

    /** Creates a result that carries only the arm estimates and the reason the test could not run. */
    public static TestResult notComputed(Status status, String reason, String method, TestSettings settings,
            Double controlEstimate, Double treatmentEstimate) {
        return new TestResult(status, reason, method, settings.alternative(), settings.alpha(),
                controlEstimate, treatmentEstimate, null, null, null, null, null);
    }

    /** Returns whether the p-value is below alpha; false when no p-value was computed. */
    public boolean significant() {
        return pValue != null && pValue < alpha;
    }

    private static void requireNotNaN(String name, Double value) {
        if (value != null && value.isNaN()) {
            throw new IllegalArgumentException(name + " must not be NaN; use null with a reason instead");
        }
    }
}
