package io.idem.lifetimevalue;

import org.hipparchus.util.FastMath;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) by its power series, summed until the remaining tail is below
 * {@link #RELATIVE_ACCURACY} of the sum.
 *
 * <p>Hipparchus 4.0.3 has no 2F1, and the lifetime value formulas only need positive a, b, c and 0 &le; z &lt; 1,
 * where every term is positive and the series converges. The ratio of term j+1 to term j is
 * z &middot; (a+j)/(c+j) &middot; (b+j)/(j+1). Both fractions are monotone in j and tend to 1, so for j &ge; k
 * the ratio is at most &rho; = z &middot; max(1, (a+k)/(c+k)) &middot; max(1, (b+k)/(k+1)). When &rho; &lt; 1
 * the tail after term k is at most term&middot;&rho;/(1-&rho;), and that bound is the stopping rule.
 */
public final class GaussHypergeometric {
    public static final double RELATIVE_ACCURACY = 1e-14;
    /** Maximum number of terms. The series of 2F1(1, 1; 2; 0.9999) stops after 267,286 terms. */
    public static final int MAX_TERMS = 5_000_000;

    private GaussHypergeometric() {
    }

    /**
     * Evaluates 2F1(a, b; c; z).
     *
     * @throws IllegalArgumentException if a, b or c is not positive, or z is outside [0, 1)
     * @throws ArithmeticException if the series has not converged after {@link #MAX_TERMS} terms
     */
    public static double value(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException(
                    "2F1 needs positive a, b and c, got a=" + a + ", b=" + b + ", c=" + c);
        }
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 series needs 0 <= z < 1, got z=" + z);
        }

        double term = 1.0;
        double sum = 1.0;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= z * (a + k) / (c + k) * (b + k) / (k + 1);
            sum += term;
            int next = k + 1;
            double rho = z * FastMath.max(1.0, (a + next) / (c + next)) * FastMath.max(1.0, (b + next) / (next + 1));
            if (rho < 1 && term * rho / (1 - rho) <= RELATIVE_ACCURACY * sum) {
                return sum;
            }
        }
        throw new ArithmeticException(String.format(
                "2F1(%s, %s; %s; %s) did not converge in %d terms because z is too close to 1", a, b, c, z, MAX_TERMS));
    }
}
