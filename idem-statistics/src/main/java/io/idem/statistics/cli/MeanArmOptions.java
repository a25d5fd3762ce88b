package io.idem.statistics.cli;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.variance.CovariateSummary;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Summary statistics of the control and treatment arms given as options of the {@code means} subcommand. */
final class MeanArmOptions {

    @Option(names = "--control-mean", converter = Converters.FiniteNumber.class, description = "Control mean.")
    Double controlMean;

    @Option(names = "--control-variance", converter = Converters.FiniteNumber.class,
            description = "Control sample variance; or give --control-sd.")
    Double controlVariance;

    @Option(names = "--control-sd", converter = Converters.FiniteNumber.class,
            description = "Control sample standard deviation; or give --control-variance.")
    Double controlSd;

    @Option(names = "--control-n", converter = Converters.Count.class, description = "Accounts in the control arm.")
    Long controlN;

    @Option(names = "--treatment-mean", converter = Converters.FiniteNumber.class, description = "Treatment mean.")
    Double treatmentMean;

    @Option(names = "--treatment-variance", converter = Converters.FiniteNumber.class,
            description = "Treatment sample variance; or give --treatment-sd.")
    Double treatmentVariance;

    @Option(names = "--treatment-sd", converter = Converters.FiniteNumber.class,
            description = "Treatment sample standard deviation; or give --treatment-variance.")
    Double treatmentSd;

    @Option(names = "--treatment-n", converter = Converters.Count.class,
            description = "Accounts in the treatment arm.")
    Long treatmentN;

    @Option(names = "--control-covariate-mean", converter = Converters.FiniteNumber.class,
            description = "CUPED: control mean of the pre-period covariate.")
    Double controlCovariateMean;

    @Option(names = "--control-covariate-variance", converter = Converters.FiniteNumber.class,
            description = "CUPED: control sample variance of the covariate.")
    Double controlCovariateVariance;

    @Option(names = "--control-covariance", converter = Converters.FiniteNumber.class,
            description = "CUPED: control sample covariance of metric and covariate.")
    Double controlCovariance;

    @Option(names = "--treatment-covariate-mean", converter = Converters.FiniteNumber.class,
            description = "CUPED: treatment mean of the pre-period covariate.")
    Double treatmentCovariateMean;

    @Option(names = "--treatment-covariate-variance", converter = Converters.FiniteNumber.class,
            description = "CUPED: treatment sample variance of the covariate.")
    Double treatmentCovariateVariance;

    @Option(names = "--treatment-covariance", converter = Converters.FiniteNumber.class,
            description = "CUPED: treatment sample covariance of metric and covariate.")
    Double treatmentCovariance;

    boolean anyGiven() {
        return Stream.of(controlMean, controlVariance, controlSd, controlN, treatmentMean, treatmentVariance,
                treatmentSd, treatmentN).anyMatch(value -> value != null) || anyCovariateGiven();
    }

    /** Returns the control and treatment arms, with covariates when all six CUPED options are given. */
    List<MeanArm> arms() {
        MeanSummary control = summary("control", controlMean, controlVariance, controlSd, controlN);
        MeanSummary treatment = summary("treatment", treatmentMean, treatmentVariance, treatmentSd, treatmentN);
        if (!anyCovariateGiven()) {
            return List.of(MeanArm.of("control", control), MeanArm.of("treatment", treatment));
        }
        if (!allCovariatesGiven()) {
            throw new BadInputException("CUPED needs all of --control-covariate-mean, --control-covariate-variance,"
                    + " --control-covariance, --treatment-covariate-mean, --treatment-covariate-variance and"
                    + " --treatment-covariance; pass all six or none");
        }
        return List.of(
                MeanArm.of("control", covariates("control", control, controlCovariateMean, controlCovariateVariance,
                        controlCovariance)),
                MeanArm.of("treatment", covariates("treatment", treatment, treatmentCovariateMean,
                        treatmentCovariateVariance, treatmentCovariance)));
    }

    private boolean anyCovariateGiven() {
        return covariateOptions().anyMatch(value -> value != null);
    }

    private boolean allCovariatesGiven() {
        return covariateOptions().allMatch(value -> value != null);
    }

    private Stream<Double> covariateOptions() {
        return Stream.of(controlCovariateMean, controlCovariateVariance, controlCovariance, treatmentCovariateMean,
                treatmentCovariateVariance, treatmentCovariance);
    }

    private static MeanSummary summary(String arm, Double mean, Double variance, Double sd, Long n) {
        if (mean == null || n == null) {
            throw new BadInputException("missing --" + arm + "-mean or --" + arm + "-n; pass both for the " + arm
                    + " arm");
        }
        if ((variance == null) == (sd == null)) {
            throw new BadInputException("pass exactly one of --" + arm + "-variance and --" + arm + "-sd");
        }
        if (variance != null && variance < 0) {
            throw new BadInputException("--" + arm + "-variance must be >= 0, got " + variance
                    + "; pass the sample variance, the square of the standard deviation");
        }
        if (sd != null && sd < 0) {
            throw new BadInputException("--" + arm + "-sd must be >= 0, got " + sd);
        }
        return new MeanSummary(n, mean, variance != null ? variance : sd * sd);
    }

    private static CovariateSummary covariates(String arm, MeanSummary outcome, double covariateMean,
            double covariateVariance, double covariance) {
        if (covariateVariance < 0) {
            throw new BadInputException("--" + arm + "-covariate-variance must be >= 0, got " + covariateVariance);
        }
        try {
            return new CovariateSummary(outcome.n(), outcome.mean(), outcome.variance(), covariateMean,
                    covariateVariance, covariance);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + arm + "-covariance is inconsistent: " + e.getMessage());
        }
    }
}
