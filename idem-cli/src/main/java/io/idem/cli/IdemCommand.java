package io.idem.cli;

import io.idem.affinity.cli.AffinityCommand;
import io.idem.experiment.cli.ExperimentCommand;
import io.idem.lifetimevalue.cli.ClvCommand;
import io.idem.pipeline.cli.PipelineCommand;
import io.idem.propensity.cli.PropensityCommand;
import io.idem.statistics.cli.StatsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code idem} command: one subcommand per task of the IDEM cycle and its tools. */
@Command(name = "idem", mixinStandardHelpOptions = true, version = "idem 0.1.0",
        description = "Expansion-revenue engine for B2B SaaS: identify, design, execute and measure upsell, cross-sell and bundle revenue.",
        subcommands = {RunCommand.class, DemoCommand.class, ValidateCommand.class, PlanCommand.class, SegmentsCommand.class, TriggersCommand.class, PlaysCommand.class, TasksCommand.class, OpportunitiesCommand.class, JourneyCommand.class, PlansCommand.class, ApplyCommand.class, HealthCommand.class, BacktestCommand.class, MeasureCommand.class, BenchCommand.class, StatsCommand.class, ClvCommand.class,
                AffinityCommand.class, PipelineCommand.class, ExperimentCommand.class, PropensityCommand.class, CommandLine.HelpCommand.class})
public final class IdemCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Returns the configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new IdemCommand());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ParameterErrorHandler());
        return commandLine;
    }
}
