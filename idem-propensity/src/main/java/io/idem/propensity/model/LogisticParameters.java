package io.idem.propensity.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the L2-regularised logistic regression, fitted by iteratively reweighted least squares.
 *
 * @param l2Penalty lambda of the penalty {@code lambda/2 * sum of squared coefficients} on the standardised
 *     coefficients (the intercept is not penalised); must be positive, so that one-hot columns of every level
 *     can stay in the model without a reference level
 * @param maxIterations upper bound on Newton steps
 * @param tolerance stop when no coefficient moves by more than this in a step
 */
public record LogisticParameters(double l2Penalty, int maxIterations, double tolerance) {

    public LogisticParameters {
        if (!(l2Penalty > 0.0) || Double.isInfinite(l2Penalty)) {
            throw new IllegalArgumentException("l2Penalty is " + l2Penalty + "; give a finite value above 0");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations is " + maxIterations + "; give at least 1");
        }
        if (!(tolerance > 0.0)) {
            throw new IllegalArgumentException("tolerance is " + tolerance + "; give a value above 0");
        }
    }

    /** Returns lambda 1, at most 100 iterations, tolerance 1e-8. */
    public static LogisticParameters defaults() {
        return new LogisticParameters(1.0, 100, 1e-8);
    }

    Map<String, Object> forReport() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("l2_penalty", l2Penalty);
        report.put("max_iterations", maxIterations);
        report.put("tolerance", tolerance);
        report.put("features", "standardised with the training mean and standard deviation");
        return report;
    }
}
