package io.idem.experiment.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code idem experiment}: assign accounts to the variants of a play experiment and analyse its outcomes. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Experiments on plays: deterministic assignment of accounts to variants, analysis of"
                + " conversion and expansion MRR against the control, and a simulation on demo data.",
        subcommands = {AssignCommand.class, AnalyzeCommand.class, SimulateCommand.class})
public final class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; use assign, analyze or simulate");
    }
}
