package io.idem.statistics.cli;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.variance.CovariateSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.Variance;

/** Readers of the {@code means} subcommand's two CSV layouts: one row per arm, or one row per account. */
final class MeanInputs {

    private static final List<String> SUMMARY_REQUIRED = List.of("arm", "n", "mean");
    private static final List<String> SUMMARY_OPTIONAL =
            List.of("variance", "sd", "covariate_mean", "covariate_variance", "covariance");
    private static final List<String> COVARIATE_COLUMNS = List.of("covariate_mean", "covariate_variance", "covariance");

    private MeanInputs() {
    }

    /** Reads arm,n,mean,variance (or sd) rows, with optional CUPED columns. */
    static List<MeanArm> readSummaries(Path file) {
        CsvTable table = CsvTable.read("--input", file, SUMMARY_REQUIRED, SUMMARY_OPTIONAL);
        boolean hasVariance = table.hasColumn("variance");
        if (hasVariance == table.hasColumn("sd")) {
            throw new BadInputException(file + " line " + table.headerLine()
                    + ": give exactly one of the columns variance and sd");
        }
        long covariateColumns = COVARIATE_COLUMNS.stream().filter(table::hasColumn).count();
        if (covariateColumns != 0 && covariateColumns != COVARIATE_COLUMNS.size()) {
            throw new BadInputException(file + " line " + table.headerLine() + ": CUPED needs all of the columns "
                    + String.join(",", COVARIATE_COLUMNS) + ", or none of them");
        }

        List<MeanArm> arms = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String arm = row.text("arm");
            long n = row.count("n");
            double mean = row.number("mean");
            double variance = hasVariance ? nonNegative(row, "variance") : square(nonNegative(row, "sd"));
            if (covariateColumns == 0) {
                arms.add(MeanArm.of(arm, new MeanSummary(n, mean, variance)));
                continue;
            }
            double covariateMean = row.number("covariate_mean");
            double covariateVariance = nonNegative(row, "covariate_variance");
            double covariance = row.number("covariance");
            try {
                arms.add(MeanArm.of(arm, new CovariateSummary(n, mean, variance, covariateMean, covariateVariance,
                        covariance)));
            } catch (IllegalArgumentException e) {
                throw row.error("covariance", Double.toString(covariance), "is inconsistent: " + e.getMessage());
            }
        }
        ArmNames.check(table, arms.stream().map(MeanArm::arm).toList());
        return arms;
    }

    /** Reads one row per account, arm,value with an optional pre-period covariate; arms in order of appearance. */
    static List<MeanArm> readUnits(Path file) {
        CsvTable table = CsvTable.read("--units", file, List.of("arm", "value"), List.of("covariate"));
        boolean withCovariate = table.hasColumn("covariate");
        Map<String, List<double[]>> byArm = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            double value = row.number("value");
            double covariate = withCovariate ? row.number("covariate") : 0;
            byArm.computeIfAbsent(row.text("arm"), arm -> new ArrayList<>()).add(new double[] {value, covariate});
        }
        ArmNames.check(table, List.copyOf(byArm.keySet()));

        List<MeanArm> arms = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> entry : byArm.entrySet()) {
            double[] values = entry.getValue().stream().mapToDouble(pair -> pair[0]).toArray();
            double[] covariates = entry.getValue().stream().mapToDouble(pair -> pair[1]).toArray();
            arms.add(withCovariate
                    ? MeanArm.of(entry.getKey(), CovariateSummary.of(values, covariates))
                    : MeanArm.of(entry.getKey(), summarise(values)));
        }
        return arms;
    }

    private static MeanSummary summarise(double[] values) {
        double variance = values.length < 2 ? 0 : new Variance().evaluate(values);
        return new MeanSummary(values.length, new Mean().evaluate(values), variance);
    }

    private static double nonNegative(CsvTable.Row row, String column) {
        double value = row.number(column);
        if (value < 0) {
            throw row.error(column, row.text(column), "is negative; pass a " + column + " of 0 or more");
        }
        return value;
    }

    private static double square(double value) {
        return value * value;
    }
}
