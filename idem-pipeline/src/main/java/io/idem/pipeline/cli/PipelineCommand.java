package io.idem.pipeline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code idem pipeline}: sales pipeline analytics on a CRM export. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Sales pipeline analytics on a CRM export: win rates, sales cycles, expansion bookings by"
                + " motion and the next offer per account.",
        subcommands = {AnalyzeCommand.class})
public final class PipelineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing subcommand: use 'pipeline analyze --data FOLDER --out FOLDER'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }
}
