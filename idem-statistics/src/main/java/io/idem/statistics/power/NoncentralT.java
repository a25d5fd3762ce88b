package io.idem.statistics.power;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Upper tail of the noncentral t distribution, which Hipparchus does not provide, composed from its
 * normal and chi-squared distributions.
 *
 * <p>T' = (Z + lambda) / sqrt(U / df) with Z standard normal and U chi-squared with df degrees of freedom,
 * so P(T' > t) = E[Phi(lambda - t W)] with W = sqrt(U / df), one integral over the density of W,
 * g(w) = f_U(df w^2) 2 df w. Integrating over W rather than U removes the square-root kink at 0 that stalls
 * the quadrature for df below about 4. The range covers the mean +- 14 standard deviations of U plus a
 * margin for small df, where the mass left out is below 1e-15.
 */
final class NoncentralT {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final double SPREAD = 14;
    private static final double SMALL_DF_MARGIN = 40;
    private static final int MAX_EVALUATIONS = 1_000_000;

    private NoncentralT() {
    }

    /**
     * Returns P(T' > t) for T' noncentral t with df >= 2 degrees of freedom and noncentrality lambda.
     *
     * @throws org.hipparchus.exception.MathIllegalStateException when the quadrature does not converge
     */
    static double upperTail(double df, double lambda, double t) {
        ChiSquaredDistribution chiSquared = new ChiSquaredDistribution(df);
        double spread = SPREAD * Math.sqrt(2 * df);
        double lower = Math.sqrt(Math.max(0, df - spread) / df);
        double upper = Math.sqrt((df + spread + SMALL_DF_MARGIN) / df);
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-11, 1e-15, 2, 20);
        double value = integrator.integrate(MAX_EVALUATIONS,
                w -> STANDARD_NORMAL.cumulativeProbability(lambda - t * w) * chiSquared.density(df * w * w) * 2 * df * w,
                lower, upper);
        return Math.max(0, Math.min(1, value));
    }
}
