package io.idem.statistics.cli;

import io.idem.statistics.Alternative;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.TestSettings;
import io.idem.statistics.sequential.MixtureSprt;
import picocli.CommandLine.Option;

/** Options shared by the {@code proportions} and {@code means} subcommands. */
final class AnalysisOptions {

    @Option(names = "--alpha", defaultValue = "0.05", converter = Converters.FiniteNumber.class,
            description = "Significance level, strictly between 0 and 1 (default: ${DEFAULT-VALUE}). Bayesian"
                    + " credible intervals have mass 1 - alpha.")
    double alpha;

    @Option(names = "--alternative", defaultValue = "two-sided", converter = Converters.AlternativeLabel.class,
            description = "Alternative on treatment minus control: two-sided, greater or less"
                    + " (default: ${DEFAULT-VALUE}).")
    Alternative alternative;

    @Option(names = "--method", defaultValue = "frequentist", converter = Converters.MethodLabel.class,
            description = "frequentist, bayesian or sequential (default: ${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--tau-squared", converter = Converters.FiniteNumber.class,
            description = "Sequential only: mixing variance tau^2 of the mSPRT, in squared units of the"
                    + " difference. Fix it before the experiment starts.")
    Double tauSquared;

    @Option(names = "--planned-n", converter = Converters.Count.class,
            description = "Sequential only, instead of --tau-squared: accounts per arm at which a decision is"
                    + " likely; tau^2 is tuned for that size from the observed variances.")
    Long plannedN;

    TestSettings settings() {
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("--alpha must be strictly between 0 and 1, got " + alpha
                    + "; use 0.05 for 95% intervals");
        }
        return new TestSettings(alpha, alternative);
    }

    /** Checks the sequential options before any data is read, so the error names the option. */
    void checkSequentialOptions() {
        if (method != Method.SEQUENTIAL) {
            return;
        }
        if (alternative != Alternative.TWO_SIDED) {
            throw new BadInputException("--method sequential is two-sided, got --alternative "
                    + alternative.label() + "; drop --alternative or use two-sided");
        }
        if (tauSquared == null && plannedN == null) {
            throw new BadInputException("--method sequential needs --tau-squared or --planned-n; pass the mixing"
                    + " variance, or the accounts per arm at which you expect to decide");
        }
        if (tauSquared != null && plannedN != null) {
            throw new BadInputException("pass either --tau-squared or --planned-n, not both");
        }
        if (tauSquared != null && !(tauSquared > 0)) {
            throw new BadInputException("--tau-squared must be > 0, got " + tauSquared
                    + "; a typical value is the square of the smallest effect worth detecting");
        }
        if (plannedN != null && plannedN < 2) {
            throw new BadInputException("--planned-n must be at least 2, got " + plannedN);
        }
    }

    /**
     * Returns the mSPRT for one comparison, or null when tau^2 must be derived from --planned-n but both
     * arms have zero variance.
     */
    MixtureSprt sequentialTest(MeanSummary control, MeanSummary treatment) {
        if (tauSquared != null) {
            return new MixtureSprt(tauSquared);
        }
        double plannedVariance = (control.variance() + treatment.variance()) / plannedN;
        if (!(plannedVariance > 0)) {
            return null;
        }
        return new MixtureSprt(MixtureSprt.tauSquaredFor(plannedVariance, alpha));
    }
}
