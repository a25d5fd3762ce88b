package io.idem.propensity.model;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.encode.LogisticEncoding;
import io.idem.propensity.split.Split;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealVector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the logistic-regression baseline on the training partition (fit and validation rows together) by
 * maximising the L2-penalised log-likelihood
 * {@code l(b) = sum_i [y_i eta_i - log(1 + exp(eta_i))] - lambda/2 sum_{j>=1} b_j^2} with Newton-Raphson steps,
 * which for the logistic model are iteratively reweighted least squares (Bishop, Pattern Recognition and Machine
 * Learning, 2006, section 4.3.3; the ridge penalty as in le Cessie and van Houwelingen, "Ridge Estimators in
 * Logistic Regression", 1992):
 * {@code (X'WX + lambda I') delta = X'(y - p) - lambda b'}, where {@code W = diag(p(1 - p))} and the primes mark
 * the intercept left out of the penalty. Each system is solved by Hipparchus' Cholesky decomposition. A step
 * that lowers the penalised log-likelihood is halved until it does not.
 */
public final class LogisticRegression implements ModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(LogisticRegression.class);
    private static final int MAX_STEP_HALVINGS = 30;
    /** Floor on p(1 - p), so that rows the model already fits with certainty keep X'WX positive definite. */
    private static final double MIN_WEIGHT = 1e-12;

    private final LogisticParameters parameters;

    public LogisticRegression(LogisticParameters parameters) {
        this.parameters = requireNonNull(parameters, "parameters is null");
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LOGISTIC_REGRESSION;
    }

    @Override
    public LogisticRegressionModel fit(Split split) {
        Dataset training = split.training();
        LogisticEncoding encoding = LogisticEncoding.fit(training.features());
        double[][] design = design(encoding, training);
        double[] labels = new double[training.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = training.label(row) ? 1.0 : 0.0;
        }

        double[] coefficients = new double[encoding.columnCount() + 1];
        coefficients[0] = initialIntercept(labels);
        double objective = penalisedLogLikelihood(design, labels, coefficients);
        int iterations = 0;
        boolean converged = false;
        while (iterations < parameters.maxIterations() && !converged) {
            double[] step = newtonStep(design, labels, coefficients);
            double scale = 1.0;
            double[] candidate = add(coefficients, step, scale);
            double candidateObjective = penalisedLogLikelihood(design, labels, candidate);
            for (int halving = 0; candidateObjective < objective && halving < MAX_STEP_HALVINGS; halving++) {
                scale /= 2.0;
                candidate = add(coefficients, step, scale);
                candidateObjective = penalisedLogLikelihood(design, labels, candidate);
            }
            converged = maxAbs(step) * scale < parameters.tolerance();
            coefficients = candidate;
            objective = candidateObjective;
            iterations++;
        }
        if (!converged) {
            LOG.warn("Logistic regression did not converge in {} iterations on {} rows; the coefficients are those"
                    + " of the last step", iterations, training.rowCount());
        }
        return new LogisticRegressionModel(encoding, parameters,
                new LogisticRegressionModel.Fit(iterations, converged, objective), coefficients);
    }

    private static double[][] design(LogisticEncoding encoding, Dataset data) {
        encoding.requireCompatible(data.features());
        double[][] design = new double[data.rowCount()][encoding.columnCount()];
        double[] scratch = encoding.newScratch();
        for (int row = 0; row < data.rowCount(); row++) {
            encoding.encodeRow(data.features(), row, scratch, design[row]);
        }
        return design;
    }

    private static double initialIntercept(double[] labels) {
        double mean = 0.0;
        for (double label : labels) {
            mean += label;
        }
        mean = Math.min(Math.max(mean / labels.length, 1e-6), 1 - 1e-6);
        return Math.log(mean / (1 - mean));
    }

    /** Solves the penalised Newton system for the step from {@code coefficients}. */
    private double[] newtonStep(double[][] design, double[] labels, double[] coefficients) {
        int width = coefficients.length;
        double[][] hessian = new double[width][width];
        double[] gradient = new double[width];
        double[] x = new double[width];
        x[0] = 1.0;
        for (int row = 0; row < design.length; row++) {
            System.arraycopy(design[row], 0, x, 1, width - 1);
            double p = LogisticFunction.probability(dot(x, coefficients));
            double weight = Math.max(p * (1 - p), MIN_WEIGHT);
            double residual = labels[row] - p;
            for (int j = 0; j < width; j++) {
                gradient[j] += residual * x[j];
                double weighted = weight * x[j];
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] += weighted * x[k];
                }
            }
        }
        for (int j = 0; j < width; j++) {
            for (int k = 0; k < j; k++) {
                hessian[k][j] = hessian[j][k];
            }
        }
        for (int j = 1; j < width; j++) {
            gradient[j] -= parameters.l2Penalty() * coefficients[j];
            hessian[j][j] += parameters.l2Penalty();
        }

        RealVector solution = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false))
                .getSolver().solve(new ArrayRealVector(gradient, false));
        return solution.toArray();
    }

    private double penalisedLogLikelihood(double[][] design, double[] labels, double[] coefficients) {
        double sum = 0.0;
        double[] x = new double[coefficients.length];
        x[0] = 1.0;
        for (int row = 0; row < design.length; row++) {
            System.arraycopy(design[row], 0, x, 1, coefficients.length - 1);
            double eta = dot(x, coefficients);
            sum += labels[row] * eta - LogisticFunction.logOnePlusExp(eta);
        }
        double squares = 0.0;
        for (int j = 1; j < coefficients.length; j++) {
            squares += coefficients[j] * coefficients[j];
        }
        return sum - parameters.l2Penalty() / 2.0 * squares;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] add(double[] base, double[] step, double scale) {
        double[] result = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            result[i] = base[i] + scale * step[i];
        }
        return result;
    }

    private static double maxAbs(double[] values) {
        double max = 0.0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
