package io.idem.lifetimevalue;

/**
 * Diagnostics of a maximum likelihood fit.
 *
 * @param iterations Nelder-Mead iterations summed over all restarts
 * @param evaluations log-likelihood evaluations summed over all restarts
 * @param restarts number of times the simplex was rebuilt around the best point
 * @param converged whether the optimiser stopped on its tolerance and the gradient norm is below the limit
 * @param logLikelihood log-likelihood at the returned parameters
 * @param gradientNorm Euclidean norm of the log-likelihood gradient with respect to the natural logarithms of
 *     the parameters, estimated by central finite differences
 */
public record Convergence(
        int iterations, int evaluations, int restarts, boolean converged, double logLikelihood, double gradientNorm) {

    public Convergence {
        if (iterations < 0 || evaluations < 0 || restarts < 0) {
            throw new IllegalArgumentException("iterations, evaluations and restarts must not be negative, got "
                    + iterations + ", " + evaluations + ", " + restarts);
        }
        if (Double.isNaN(logLikelihood) || Double.isNaN(gradientNorm)) {
            throw new IllegalArgumentException(
                    "logLikelihood and gradientNorm must be numbers, got " + logLikelihood + ", " + gradientNorm);
        }
    }
}
