package io.idem.lifetimevalue;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.util.FastMath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximises a log-likelihood over strictly positive parameters with the Hipparchus Nelder-Mead simplex.
 *
 * <p>The search runs on the natural logarithms of the parameters, so every point it tries is valid. Nelder-Mead
 * can stall on a collapsed simplex, so the simplex is rebuilt around the best point until a restart no longer
 * raises the log-likelihood. The fit is accepted only when every parameter lies inside
 * [{@link #MIN_PARAMETER}, {@link #MAX_PARAMETER}], the Hessian is negative definite and a Newton step would gain
 * less than {@link #PREDICTED_GAIN_LIMIT}; gradient and Hessian come from central differences on the
 * log-parameters.
 */
public final class MaximumLikelihood {
    /** Largest accepted log-likelihood gain that a Newton step from the returned point predicts. */
    public static final double PREDICTED_GAIN_LIMIT = 1e-6;
    public static final double MIN_PARAMETER = 1e-6;
    public static final double MAX_PARAMETER = 1e6;

    private static final Logger LOG = LoggerFactory.getLogger(MaximumLikelihood.class);
    private static final double VALUE_TOLERANCE = 1e-13;
    private static final int MAX_EVALUATIONS_PER_RUN = 20_000;
    private static final int MAX_RESTARTS = 25;
    private static final double FIRST_SIMPLEX_STEP = 1.0;
    private static final double RESTART_SIMPLEX_STEP = 0.1;

    private MaximumLikelihood() {
    }

    /**
     * Parameters at the maximum and the diagnostics of the search.
     *
     * @param parameters maximum likelihood estimates in the order of the names given to {@link #maximize}
     */
    public record Estimate(double[] parameters, Convergence convergence) {
        public Estimate {
            parameters = requireNonNull(parameters, "parameters is null").clone();
            requireNonNull(convergence, "convergence is null");
        }

        @Override
        public double[] parameters() {
            return parameters.clone();
        }
    }

    /**
     * Finds the parameters that maximise {@code logLikelihood}.
     *
     * @param model model named in logs and exceptions
     * @param names parameter names, in the order of the arrays passed to {@code logLikelihood}
     * @param logLikelihood log-likelihood of strictly positive parameters; may return a non-finite value where the
     *     model is undefined, which the search treats as minus infinity
     * @param start strictly positive starting point
     * @param divergenceHint sentence appended to the exception when a parameter leaves the accepted range, saying
     *     what that means for this model
     * @throws ModelFitException with {@link FitFailure#NOT_CONVERGED} or {@link FitFailure#PARAMETERS_DIVERGED}
     */
    public static Estimate maximize(
            LifetimeValueModel model,
            List<String> names,
            ToDoubleFunction<double[]> logLikelihood,
            double[] start,
            String divergenceHint) {
        requireNonNull(model, "model is null");
        requireNonNull(logLikelihood, "logLikelihood is null");
        if (names.size() != start.length) {
            throw new IllegalArgumentException(names.size() + " names for " + start.length + " starting values");
        }

        ToDoubleFunction<double[]> objective = logParameters -> evaluate(logLikelihood, logParameters);
        double[] point = Arrays.stream(start).map(FastMath::log).toArray();
        double best = objective.applyAsDouble(point);
        if (!Double.isFinite(best)) {
            throw new ModelFitException(model, FitFailure.NOT_CONVERGED, "the log-likelihood is not finite at the "
                    + "starting point " + describe(names, point) + "; check the data for impossible values");
        }
        int iterations = 0;
        int evaluations = 1;
        int restarts = 0;
        boolean settled = false;

        while (!settled && restarts <= MAX_RESTARTS) {
            double step = restarts == 0 ? FIRST_SIMPLEX_STEP : RESTART_SIMPLEX_STEP;
            SimplexOptimizer optimizer = new SimplexOptimizer(VALUE_TOLERANCE, VALUE_TOLERANCE);
            PointValuePair result = runSimplex(model, optimizer, objective, point, step, evaluations);
            iterations += optimizer.getIterations();
            evaluations += optimizer.getEvaluations();

            double improvement = result.getValue() - best;
            point = result.getPoint();
            best = result.getValue();
            LOG.debug("{} simplex run {} ended at log-likelihood {} (improvement {}) after {} evaluations",
                    model.displayName(), restarts, best, improvement, optimizer.getEvaluations());
            checkRange(model, names, point, divergenceHint);
            settled = restarts > 0 && improvement <= VALUE_TOLERANCE * FastMath.max(1.0, FastMath.abs(best));
            restarts++;
        }

        Convergence convergence = diagnose(objective, point, iterations, evaluations, restarts - 1, settled, best);
        if (!convergence.converged()) {
            throw new ModelFitException(model, FitFailure.NOT_CONVERGED, String.format(
                    "the optimiser stopped at %s with log-likelihood %.6f after %d evaluations and %d restarts, "
                            + "but %s (gradient norm %.3g)",
                    describe(names, point), best, evaluations, restarts - 1,
                    notConvergedReason(settled, convergence.predictedGain()), convergence.gradientNorm()));
        }
        return new Estimate(exponentials(point), convergence);
    }

    private static Convergence diagnose(
            ToDoubleFunction<double[]> objective,
            double[] point,
            int iterations,
            int evaluations,
            int restarts,
            boolean settled,
            double logLikelihood) {
        double[] gradient = FiniteDifferences.gradient(objective, point);
        double gradientNorm = new ArrayRealVector(gradient).getNorm();
        double predictedGain = predictedNewtonGain(gradient, FiniteDifferences.hessian(objective, point));
        boolean converged = settled && predictedGain <= PREDICTED_GAIN_LIMIT;
        return new Convergence(iterations, evaluations, restarts, converged, logLikelihood, gradientNorm, predictedGain);
    }

    private static String notConvergedReason(boolean settled, double predictedGain) {
        if (!settled) {
            return "restarts of the simplex still improved the fit after " + MAX_RESTARTS + " restarts";
        }
        if (Double.isInfinite(predictedGain)) {
            return "the log-likelihood is not concave there, so the point is not a maximum";
        }
        return String.format("a Newton step would still gain %.3g (limit %.1g)", predictedGain, PREDICTED_GAIN_LIMIT);
    }

    private static PointValuePair runSimplex(
            LifetimeValueModel model,
            SimplexOptimizer optimizer,
            ToDoubleFunction<double[]> objective,
            double[] point,
            double step,
            int evaluationsSoFar) {
        try {
            return optimizer.optimize(
                    new MaxEval(MAX_EVALUATIONS_PER_RUN),
                    new ObjectiveFunction(objective::applyAsDouble),
                    GoalType.MAXIMIZE,
                    new InitialGuess(point),
                    new NelderMeadSimplex(point.length, step));
        } catch (MathIllegalStateException e) {
            throw new ModelFitException(model, FitFailure.NOT_CONVERGED, String.format(
                    "the Nelder-Mead simplex reached its limit of %d evaluations per run (%d before this run): %s",
                    MAX_EVALUATIONS_PER_RUN, evaluationsSoFar, e.getMessage()), e);
        }
    }

    private static void checkRange(LifetimeValueModel model, List<String> names, double[] logPoint, String hint) {
        for (int i = 0; i < logPoint.length; i++) {
            double value = FastMath.exp(logPoint[i]);
            if (!(value >= MIN_PARAMETER && value <= MAX_PARAMETER)) {
                throw new ModelFitException(model, FitFailure.PARAMETERS_DIVERGED, String.format(
                        "parameter %s reached %.4g, outside [%.0g, %.0g], while the log-likelihood kept rising "
                                + "(%s). %s",
                        names.get(i), value, MIN_PARAMETER, MAX_PARAMETER, describe(names, logPoint), hint));
            }
        }
    }

    /**
     * Returns g'(-H)^-1 g / 2, the log-likelihood gain a Newton step would predict, or infinity when -H is not
     * positive definite. Unlike the gradient norm it does not depend on how the parameters are scaled, so one
     * limit serves every model.
     */
    private static double predictedNewtonGain(double[] gradient, double[][] hessian) {
        RealMatrix negativeHessian = new Array2DRowRealMatrix(hessian).scalarMultiply(-1.0);
        try {
            RealVector gradientVector = new ArrayRealVector(gradient);
            RealVector step = new CholeskyDecomposition(negativeHessian).getSolver().solve(gradientVector);
            return step.dotProduct(gradientVector) / 2;
        } catch (MathIllegalArgumentException e) {
            LOG.debug("Negative Hessian is not positive definite, so the point is not a maximum", e);
            return Double.POSITIVE_INFINITY;
        }
    }

    private static String describe(List<String> names, double[] logPoint) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < logPoint.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names.get(i)).append('=')
                    .append(String.format("%.6g", FastMath.exp(logPoint[i])));
        }
        return text.toString();
    }

    private static double[] exponentials(double[] logParameters) {
        return Arrays.stream(logParameters).map(FastMath::exp).toArray();
    }

    /**
     * Evaluates the log-likelihood at exp(logParameters). A step of the simplex can overflow a parameter to
     * infinity or underflow it to zero, where the models are undefined, so such points score minus infinity.
     */
    private static double evaluate(ToDoubleFunction<double[]> logLikelihood, double[] logParameters) {
        double[] parameters = exponentials(logParameters);
        for (double parameter : parameters) {
            if (!(parameter > 0 && parameter < Double.POSITIVE_INFINITY)) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        double value = logLikelihood.applyAsDouble(parameters);
        return Double.isNaN(value) || value == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : value;
    }
}
