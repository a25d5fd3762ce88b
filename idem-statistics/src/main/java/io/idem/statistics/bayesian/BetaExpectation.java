package io.idem.statistics.bayesian;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * Expectation E[h(Z)] = int f(z) h(z) dz of a bounded function of a beta-distributed Z, by Gauss-Legendre
 * quadrature.
 *
 * <p>The range is the mean +- 40 standard deviations clipped to [0, 1]. The tails beyond it hold less
 * than 1e-12 of the mass for the shapes checked, down to Beta(0.5, 1000.5). The range is split at the
 * mean so each piece is smooth. When a shape parameter is
 * below 1 the density is unbounded at that end, so that piece is integrated over y = z^a (or
 * y = (1 - z)^b), which turns f(z) dz into the bounded (1 - z)^(b - 1) dy / (a B(a, b)).
 */
final class BetaExpectation {

    /** Absolute accuracy of the inverse CDF used for credible intervals; Hipparchus defaults to 1e-9. */
    static final double INVERSE_ACCURACY = 1e-14;

    private static final double SPREAD = 40;
    private static final int POINTS = 5;
    private static final double RELATIVE_ACCURACY = 1e-10;
    private static final double ABSOLUTE_ACCURACY = 1e-14;
    private static final int MIN_ITERATIONS = 3;
    private static final int MAX_ITERATIONS = 25;
    private static final int MAX_EVALUATIONS = 1_000_000;

    private BetaExpectation() {
    }

    /**
     * Returns E[h(Z)].
     *
     * @throws org.hipparchus.exception.MathRuntimeException when the quadrature does not converge
     */
    static double of(BetaDistribution distribution, DoubleUnaryOperator h) {
        double mean = distribution.getNumericalMean();
        double spread = SPREAD * Math.sqrt(distribution.getNumericalVariance());
        double lower = Math.max(0, mean - spread);
        double upper = Math.min(1, mean + spread);
        return lowerPiece(distribution, h, lower, mean) + upperPiece(distribution, h, mean, upper);
    }

    private static double lowerPiece(BetaDistribution distribution, DoubleUnaryOperator h, double lower,
            double mean) {
        double a = distribution.getAlpha();
        if (lower > 0 || a >= 1) {
            return integrate(z -> distribution.density(z) * h.applyAsDouble(z), lower, mean);
        }

        // z = y^(1/a), dz = y^(1/a - 1) / a dy, which cancels the z^(a - 1) pole of the density.
        return integrate(y -> {
            double z = Math.pow(y, 1 / a);
            return distribution.density(z) * Math.pow(y, 1 / a - 1) / a * h.applyAsDouble(z);
        }, 0, Math.pow(mean, a));
    }

    private static double upperPiece(BetaDistribution distribution, DoubleUnaryOperator h, double mean,
            double upper) {
        double b = distribution.getBeta();
        if (upper < 1 || b >= 1) {
            return integrate(z -> distribution.density(z) * h.applyAsDouble(z), mean, upper);
        }

        // z = 1 - y^(1/b) removes the (1 - z)^(b - 1) pole the same way.
        return integrate(y -> {
            double z = 1 - Math.pow(y, 1 / b);
            return distribution.density(z) * Math.pow(y, 1 / b - 1) / b * h.applyAsDouble(z);
        }, 0, Math.pow(1 - mean, b));
    }

    private static double integrate(DoubleUnaryOperator integrand, double lower, double upper) {
        if (upper <= lower) {
            return 0;
        }
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(
                POINTS, RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, MIN_ITERATIONS, MAX_ITERATIONS);
        return integrator.integrate(MAX_EVALUATIONS, integrand::applyAsDouble, lower, upper);
    }
}
