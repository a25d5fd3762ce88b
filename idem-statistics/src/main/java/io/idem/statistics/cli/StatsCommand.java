package io.idem.statistics.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code idem stats}: experiment statistics for A/B tests of upsell and cross-sell plays. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Experiment statistics: compare arms, check the sample ratio, plan sample sizes.",
        subcommands = {ProportionsCommand.class, MeansCommand.class, SrmCommand.class, PowerCommand.class})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing subcommand; use one of proportions, means, srm or power");
    }
}
