package io.idem.lifetimevalue;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
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
 * raises the log-likelihood. The fit is accepted only when the gradient norm, estimated by central differences on
 * the log-parameters, is below {@link #GRADIENT_NORM_LIMIT} and every parameter lies inside
 * [{@link #MIN_PARAMETER}, {@link #MAX_PARAMETER}].
 */
public final class MaximumLikelihood {
    /** Largest accepted gradient norm, in log-likelihood units per unit change of a log-parameter. */
    public static final double GRADIENT_NORM_LIMIT = 1e-3;
    public static final double MIN_PARAMETER = 1e-6;
    public static final double MAX_PARAMETER = 1e6;

    private static final Logger LOG = LoggerFactory.getLogger(MaximumLikelihood.class);
    private static final double VALUE_TOLERANCE = 1e-13;
    private static final int MAX_EVALUATIONS_PER_RUN = 20_000;
    private static final int MAX_RESTARTS = 25;
    private static final double FIRST_SIMPLEX_STEP = 1.0;
    private static final double RESTART_SIMPLEX_STEP = 0.1;
    private static final double DIFFERENCE_STEP = 1e-5;

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

        if (!Double.isFinite(best)) {
            throw new ModelFitException(model, FitFailure.NOT_CONVERGED,
                    "the log-likelihood is not finite at any point tried; check the data for impossible values");
        }
        double gradientNorm = gradientNorm(objective, point);
        boolean converged = settled && gradientNorm <= GRADIENT_NORM_LIMIT;
        Convergence convergence = new Convergence(iterations, evaluations, restarts - 1, converged, best, gradientNorm);
        if (!converged) {
            throw new ModelFitException(model, FitFailure.NOT_CONVERGED, String.format(
                    "the optimiser stopped at %s with log-likelihood %.6f after %d evaluations and %d restarts, "
                            + "but the gradient norm is %.3g (limit %.1g)%s",
                    describe(names, point), best, evaluations, restarts - 1, gradientNorm, GRADIENT_NORM_LIMIT,
                    settled ? "" : " and restarts still improved the fit"));
        }
        return new Estimate(exponentials(point), convergence);
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
                        "parameter %s reached %.4g, outside [%.0g, %.0g], while the log-likelihood kept rising (%s). %s",
                        names.get(i), value, MIN_PARAMETER, MAX_PARAMETER, describe(names, logPoint), hint));
            }
        }
    }

    /** Estimates the gradient by central differences, one coordinate at a time. */
    static double gradientNorm(ToDoubleFunction<double[]> objective, double[] point) {
        double sumOfSquares = 0.0;
        for (int i = 0; i < point.length; i++) {
            double[] up = point.clone();
            double[] down = point.clone();
            up[i] += DIFFERENCE_STEP;
            down[i] -= DIFFERENCE_STEP;
            double derivative = (objective.applyAsDouble(up) - objective.applyAsDouble(down)) / (2 * DIFFERENCE_STEP);
            sumOfSquares += derivative * derivative;
        }
        return FastMath.sqrt(sumOfSquares);
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
