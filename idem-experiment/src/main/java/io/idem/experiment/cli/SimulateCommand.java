package io.idem.experiment.cli;

import io.idem.statistics.cli.JsonOutput;

import io.idem.experiment.simulation.PlaySimulation;
import io.idem.experiment.simulation.SimulationResult;
import io.idem.experiment.simulation.SimulationSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Simulates an experiment on a generated demo workspace with a known effect for play_a, and writes the
 * analysis to {@code experiments/<experiment_id>.json} under {@code --out}.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Generate a demo workspace, hash-assign its customers to play_a, play_b and holdout"
                + " (0.45/0.45/0.10), inject a known effect into play_a only, analyse the real demo outcomes and write"
                + " experiments/<experiment>.json under --out; prints a JSON summary.")
public final class SimulateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SimulateCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "3000", paramLabel = "N",
            description = "Accounts of the demo workspace (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
            description = "Seed of the demo workspace and of the injected effect (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--effect", defaultValue = "0.15", paramLabel = "P",
            description = "Probability from 0 to 1 that a play_a account that did not convert on its own converts"
                    + " because of the play (default: ${DEFAULT-VALUE}).")
    double effect;

    @Option(names = "--injected-mrr", defaultValue = "100", paramLabel = "AMOUNT",
            description = "MRR gained by each account the play converts (default: ${DEFAULT-VALUE}).")
    double injectedMrr;

    @Option(names = "--experiment", defaultValue = "demo-simulation", paramLabel = "ID",
            description = "Experiment id, which salts the assignment and names the file (default: ${DEFAULT-VALUE}).")
    String experimentId;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Run folder; the analysis goes to DIR/experiments/<experiment>.json.")
    Path out;

    @Override
    public Integer call() {
        SimulationSpec simulation;
        try {
            simulation = new SimulationSpec(experimentId, accounts, seed, effect, injectedMrr);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid --experiment, --accounts, --effect or"
                    + " --injected-mrr: " + e.getMessage(), e);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; pass a folder");
        }

        Path workspace = temporaryFolder();
        try {
            SimulationResult result = PlaySimulation.run(simulation, workspace);
            Path file = ReportFile.write(out, result.report());
            print(spec.commandLine().getOut(), result, file);
            return 0;
        } finally {
            delete(workspace);
        }
    }

    private static void print(PrintWriter writer, SimulationResult result, Path file) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("experiment", result.spec().experimentId());
        summary.put("customers", result.accounts());
        summary.put("organicRate", result.organicRate());
        summary.put("injectedConversions", result.injectedConversions());
        summary.put("expectedConversionEffect", result.expectedConversionEffect());
        summary.put("expectedExpansionMrrEffect", result.expectedExpansionMrrEffect());
        summary.put("out", file.toString());
        JsonOutput.write(writer, summary);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("idem-simulation-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the demo workspace: "
                    + e.getMessage() + "; set java.io.tmpdir to a writable folder", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the demo workspace {}; delete it by hand", folder, e);
        }
    }
}
