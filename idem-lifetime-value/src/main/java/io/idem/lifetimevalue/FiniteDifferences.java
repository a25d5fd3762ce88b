package io.idem.lifetimevalue;

import java.util.function.ToDoubleFunction;

/**
 * Central finite difference estimates of the gradient and Hessian of a smooth function, used to check that an
 * optimiser stopped at a maximum.
 */
final class FiniteDifferences {
    /** Step for the gradient: truncation error h^2 and rounding error about 1e-16 |f| / h balance near 1e-5. */
    static final double GRADIENT_STEP = 1e-5;
    /** Step for the Hessian: rounding error grows as 1e-16 |f| / h^2, so the step is larger. */
    static final double HESSIAN_STEP = 1e-4;

    private FiniteDifferences() {
    }

    static double[] gradient(ToDoubleFunction<double[]> function, double[] point) {
        double[] gradient = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            gradient[i] = (function.applyAsDouble(shifted(point, i, GRADIENT_STEP))
                    - function.applyAsDouble(shifted(point, i, -GRADIENT_STEP))) / (2 * GRADIENT_STEP);
        }
        return gradient;
    }

    static double[][] hessian(ToDoubleFunction<double[]> function, double[] point) {
        int n = point.length;
        double h = HESSIAN_STEP;
        double center = function.applyAsDouble(point);
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            hessian[i][i] = (function.applyAsDouble(shifted(point, i, h)) - 2 * center
                    + function.applyAsDouble(shifted(point, i, -h))) / (h * h);
            for (int j = 0; j < i; j++) {
                double mixed = (function.applyAsDouble(shifted(shifted(point, i, h), j, h))
                        - function.applyAsDouble(shifted(shifted(point, i, h), j, -h))
                        - function.applyAsDouble(shifted(shifted(point, i, -h), j, h))
                        + function.applyAsDouble(shifted(shifted(point, i, -h), j, -h))) / (4 * h * h);
                hessian[i][j] = mixed;
                hessian[j][i] = mixed;
            }
        }
        return hessian;
    }

    private static double[] shifted(double[] point, int index, double step) {
        double[] copy = point.clone();
        copy[index] += step;
        return copy;
    }
}
