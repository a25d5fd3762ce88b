package io.idem.statistics.cli;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import io.idem.statistics.power.MeanPower;
import io.idem.statistics.power.PowerResult;
import io.idem.statistics.power.PowerSettings;
import io.idem.statistics.power.ProportionPower;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Sample size per arm, or power for a given size. Without {@code --sd} the metric is a conversion rate;
 * with it, a mean.
 */
@Command(name = "power", mixinStandardHelpOptions = true,
        description = "Sample size per arm for a minimum detectable effect, or power for a given size; prints JSON.")
public final class PowerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", required = true, converter = Converters.FiniteNumber.class,
            description = "Control conversion rate in (0, 1), or the control mean when --sd is given.")
    double baseline;

    @Option(names = "--mde", required = true, converter = Converters.FiniteNumber.class,
            description = "Minimum detectable effect: treatment minus control, or a fraction of the baseline with"
                    + " --relative.")
    double mde;

    @Option(names = "--relative", description = "Read --mde as a relative lift, for example 0.1 for +10%%.")
    boolean relative;

    @Option(names = "--alpha", defaultValue = "0.05", converter = Converters.FiniteNumber.class,
            description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", converter = Converters.FiniteNumber.class,
            description = "Target power when solving for n (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--sd", converter = Converters.FiniteNumber.class,
            description = "Per-account standard deviation; switches to a comparison of means.")
    Double sd;

    @Option(names = "--ratio", defaultValue = "1", converter = Converters.FiniteNumber.class,
            description = "Treatment accounts per control account (default: ${DEFAULT-VALUE}).")
    double ratio;

    @Option(names = "--alternative", defaultValue = "two-sided", converter = Converters.AlternativeLabel.class,
            description = "two-sided, greater or less (default: ${DEFAULT-VALUE}).")
    Alternative alternative;

    @Option(names = "--n", converter = Converters.Count.class,
            description = "Control accounts; computes the power of that design instead of a sample size. The"
                    + " treatment arm gets --ratio times as many, rounded up.")
    Long controlN;

    @Override
    public Integer call() {
        try {
            PowerSettings settings = settings();
            PowerResult result = controlN == null ? sampleSize(settings) : powerAt(controlN);
            if (result.status() == Status.INVALID_INPUT) {
                throw new BadInputException("invalid combination of --baseline " + baseline + ", --mde " + mde
                        + (relative ? " --relative" : "") + (controlN == null ? "" : " and --n " + controlN) + ": "
                        + result.reason());
            }
            JsonOutput.write(spec.commandLine().getOut(), result);
            return 0;
        } catch (BadInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private PowerSettings settings() {
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("--alpha must be strictly between 0 and 1, got " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new BadInputException("--power must be strictly between 0 and 1, got " + power
                    + "; use 0.8 for 80%");
        }
        if (!(ratio > 0)) {
            throw new BadInputException("--ratio must be > 0, got " + ratio + "; use 1 for equal arms");
        }
        if (sd != null && !(sd > 0)) {
            throw new BadInputException("--sd must be > 0, got " + sd + "; pass the per-account standard deviation");
        }
        if (sd == null && !(baseline > 0 && baseline < 1)) {
            throw new BadInputException("--baseline must be a rate strictly between 0 and 1, got " + baseline
                    + "; for a mean metric also pass --sd");
        }
        return new PowerSettings(alpha, power, alternative, ratio);
    }

    private PowerResult sampleSize(PowerSettings settings) {
        return sd == null
                ? ProportionPower.sampleSize(baseline, mde, relative, settings)
                : MeanPower.sampleSize(baseline, mde, relative, sd, settings);
    }

    private PowerResult powerAt(long n) {
        long treatmentN = (long) Math.ceil(ratio * n);
        return sd == null
                ? ProportionPower.power(baseline, mde, relative, n, treatmentN, alpha, alternative)
                : MeanPower.power(baseline, mde, relative, sd, n, treatmentN, alpha, alternative);
    }
}
