package io.idem.statistics.bayesian;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.distribution.RealDistribution;

/**
 * Expectation of a bounded function of a random variable, E[h(Z)] = int_0^1 h(F^-1(u)) du, by
 * Gauss-Legendre quadrature over u. Integrating over quantiles needs no density, so posteriors with
 * shape parameters below 1 (an unbounded density at 0 or 1) are handled like any other.
 */
final class IntegralOverQuantiles {

    /** Absolute accuracy of the inverse CDF; Hipparchus' default of 1e-9 would cap the result at about 1e-9. */
    static final double INVERSE_ACCURACY = 1e-14;

    private static final int POINTS = 5;
    private static final double RELATIVE_ACCURACY = 1e-10;
    private static final double ABSOLUTE_ACCURACY = 1e-13;
    private static final int MIN_ITERATIONS = 3;
    private static final int MAX_ITERATIONS = 20;
    private static final int MAX_EVALUATIONS = 2_000_000;

    private IntegralOverQuantiles() {
    }

    /**
     * Returns E[h(Z)] for Z with the given distribution.
     *
     * @throws org.hipparchus.exception.MathRuntimeException when the quadrature does not converge
     */
    static double expectation(RealDistribution distribution, DoubleUnaryOperator h) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(
                POINTS, RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, MIN_ITERATIONS, MAX_ITERATIONS);
        return integrator.integrate(MAX_EVALUATIONS,
                u -> h.applyAsDouble(distribution.inverseCumulativeProbability(u)), 0, 1);
    }
}
