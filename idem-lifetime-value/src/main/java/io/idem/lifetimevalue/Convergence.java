package io.idem.lifetimevalue;

/**
 * Diagnostics of a maximum likelihood fit.
 *
 * @param iterations Nelder-Mead iterations summed over all restarts
 * @param evaluations log-likelihood evaluations summed over all restarts
 * @param restarts number of times the simplex was rebuilt around the best point
 * @param converged whether restarts stopped improving the fit and a Newton step would gain almost nothing
 * @param logLikelihood log-likelihood at the returned parameters
 * @param gradientNorm Euclidean norm of the log-likelihood gradient with respect to the natural logarithms of
 *     the parameters, estimated by central finite differences
 * @param predictedGain log-likelihood gain that a Newton step from the returned point predicts, g'(-H)^-1 g / 2 on
 *     the log-parameters. It is infinity when the Hessian is not negative definite.
 */
public record Convergence(
        int iterations,
        int evaluations,
        int restarts,
        boolean converged,
        double logLikelihood,
        double gradientNorm,
        double predictedGain) {

    public Convergence {
        if (iterations < 0 || evaluations < 0 || restarts < 0) {
            throw new IllegalArgumentException("iterations, evaluations and restarts must not be negative, got "
                    + iterations + ", " + evaluations + ", " + restarts);
        }
        if (Double.isNaN(logLikelihood) || Double.isNaN(gradientNorm) || Double.isNaN(predictedGain)) {
            throw new IllegalArgumentException("logLikelihood, gradientNorm and predictedGain must be numbers, got "
                    + logLikelihood + ", " + gradientNorm + ", " + predictedGain);
        }
    }
}
