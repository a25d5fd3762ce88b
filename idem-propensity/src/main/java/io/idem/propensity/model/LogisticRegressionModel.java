package io.idem.propensity.model;

import static java.util.Objects.requireNonNull;

import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.encode.LogisticEncoding;
import io.idem.propensity.explain.ContributionAggregator;
import io.idem.propensity.explain.Explanation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fitted logistic regression on standardised columns. A row's log-odds is the intercept plus the sum over columns
 * of coefficient x standardised value. Those products, summed over the columns of each feature, are the row's
 * explanation.
 */
public final class LogisticRegressionModel implements PropensityModel {

    /** Fitting outcome: Newton iterations, whether the steps converged, and the penalised log-likelihood. */
    public record Fit(int iterations, boolean converged, double penalisedLogLikelihood) {
    }

    private final LogisticEncoding encoding;
    private final LogisticParameters parameters;
    private final Fit fit;
    private final double intercept;
    private final double[] coefficients;

    LogisticRegressionModel(LogisticEncoding encoding, LogisticParameters parameters, Fit fit,
            double[] interceptAndCoefficients) {
        this.encoding = requireNonNull(encoding, "encoding is null");
        this.parameters = requireNonNull(parameters, "parameters is null");
        this.fit = requireNonNull(fit, "fit is null");
        this.intercept = interceptAndCoefficients[0];
        this.coefficients = new double[interceptAndCoefficients.length - 1];
        System.arraycopy(interceptAndCoefficients, 1, coefficients, 0, coefficients.length);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LOGISTIC_REGRESSION;
    }

    @Override
    public List<String> encodedColumns() {
        return encoding.columnNames();
    }

    @Override
    public Map<String, Object> parameters() {
        return parameters.forReport();
    }

    @Override
    public Map<String, Object> fitSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("iterations", fit.iterations());
        summary.put("converged", fit.converged());
        summary.put("penalised_log_likelihood", fit.penalisedLogLikelihood());
        summary.put("intercept", intercept);
        summary.put("standardised_coefficients", standardisedCoefficients());
        return summary;
    }

    public Fit fit() {
        return fit;
    }

    public double intercept() {
        return intercept;
    }

    /** Returns the coefficient of each encoded column per standard deviation of that column. */
    public Map<String, Double> standardisedCoefficients() {
        Map<String, Double> byColumn = new LinkedHashMap<>();
        List<String> names = encoding.columnNames();
        for (int column = 0; column < coefficients.length; column++) {
            byColumn.put(names.get(column), coefficients[column]);
        }
        return byColumn;
    }

    /**
     * Returns the coefficient of {@code column} per unit of its original scale (coefficient / training standard
     * deviation), or empty when the model has no such column.
     */
    public Optional<Double> originalScaleCoefficient(String column) {
        int index = encoding.columnNames().indexOf(column);
        return index < 0 ? Optional.empty() : Optional.of(coefficients[index] / encoding.scale(index));
    }

    @Override
    public double[] predict(FeatureTable table) {
        encoding.requireCompatible(table);
        double[] scratch = encoding.newScratch();
        double[] standardised = new double[coefficients.length];
        double[] probabilities = new double[table.rowCount()];
        for (int row = 0; row < probabilities.length; row++) {
            encoding.encodeRow(table, row, scratch, standardised);
            double eta = intercept;
            for (int column = 0; column < coefficients.length; column++) {
                eta += coefficients[column] * standardised[column];
            }
            probabilities[row] = LogisticFunction.probability(eta);
        }
        return probabilities;
    }

    @Override
    public List<Explanation> explain(FeatureTable table) {
        encoding.requireCompatible(table);
        ContributionAggregator aggregator = new ContributionAggregator(table, encoding::sourceFeature);
        double[] scratch = encoding.newScratch();
        double[] standardised = new double[coefficients.length];
        List<Explanation> explanations = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            encoding.encodeRow(table, row, scratch, standardised);
            double[] products = new double[coefficients.length];
            double eta = intercept;
            for (int column = 0; column < coefficients.length; column++) {
                products[column] = coefficients[column] * standardised[column];
                eta += products[column];
            }
            explanations.add(new Explanation(table.rowId(row), LogisticFunction.probability(eta), intercept,
                    aggregator.perFeature(row, products)));
        }
        return explanations;
    }
}
