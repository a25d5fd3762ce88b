package io.idem.propensity.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Parent command of the propensity subcommands; without a subcommand it prints its usage. */
@Command(name = "propensity", mixinStandardHelpOptions = true,
        description = "Propensity models per offer: gradient-boosted trees and a logistic-regression baseline,"
                + " with per-account explanations and held-out quality reports.",
        subcommands = {TrainCommand.class})
public final class PropensityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }
}
