package io.idem.lifetimevalue.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code idem clv}: customer lifetime value models.
 */
@Command(
        name = "clv",
        mixinStandardHelpOptions = true,
        description = "Fit customer lifetime value models: sBG for contract renewals, BG/NBD for repeat purchases "
                + "and Gamma-Gamma for spend per purchase.",
        subcommands = {FitCommand.class})
public class ClvCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing subcommand: use 'clv fit'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
