package io.idem.propensity.cli;

import io.idem.propensity.csv.CsvDatasetReader;
import io.idem.propensity.csv.InputFileException;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.evaluate.ModelReport;
import io.idem.propensity.evaluate.ModelReportJson;
import io.idem.propensity.explain.Explanation;
import io.idem.propensity.model.GradientBoostedTrees;
import io.idem.propensity.model.LogisticParameters;
import io.idem.propensity.model.LogisticRegression;
import io.idem.propensity.model.ModelTrainingException;
import io.idem.propensity.model.TreeParameters;
import io.idem.propensity.split.Split;
import io.idem.propensity.split.StratifiedSplitter;
import io.idem.propensity.train.PropensityTraining;
import io.idem.propensity.train.TrainedModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Trains both propensity models on a CSV file and writes their reports and per-row scores. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {
            "Trains gradient-boosted trees and a logistic-regression baseline on a CSV file with one row per"
                    + " account, holding out a seeded stratified random share of rows for testing.",
            "Writes DIR/model-report.json (AUC, log loss and calibration by decile on the test rows, per model)"
                    + " and DIR/scores.csv (each row's probability per model with the features that pushed it"
                    + " up and down most).",
            "Columns other than the id, the label and the excluded ones are features: numeric when every"
                    + " non-blank value is a number, categorical otherwise; blank values are missing.",
            "Exit code 0 on success, 2 for invalid input or options, 1 when training fails or an output file cannot"
                    + " be written."})
public final class TrainCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv",
            description = "CSV file with a header line and one row per account.")
    private Path input;

    @Option(names = "--label", required = true, paramLabel = "COLUMN",
            description = "Label column: whether the account took the offer, as 1/0, true/false, yes/no or y/n.")
    private String label;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "Account id column, unique.")
    private String id;

    @Option(names = "--exclude", split = ",", paramLabel = "COLUMN",
            description = "Columns that are not features, comma-separated: ones derived from the label or"
                    + " recorded after the decision to take the offer.")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.25",
            description = "Share of each class held out for testing, in (0, 1) (default: ${DEFAULT-VALUE}).")
    private double testFraction;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the split and of the trees' sampling (default: ${DEFAULT-VALUE}).")
    private int seed;

    @Option(names = "--reasons", paramLabel = "N", defaultValue = "3",
            description = "Reasons per direction in scores.csv, at least 1 (default: ${DEFAULT-VALUE}).")
    private int reasons;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads xgboost uses, at least 1 (default: the number of processors). On a machine"
                    + " whose cores are busy with other work, 1 can be much faster, because xgboost's OpenMP"
                    + " threads spin while waiting for each other.")
    private Integer threads;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder, created when missing.")
    private Path out;

    @Override
    public Integer call() {
        validateOptions();
        PrintWriter err = spec.commandLine().getErr();

        Dataset data;
        Split split;
        try {
            data = new CsvDatasetReader(id, label, new LinkedHashSet<>(exclude)).read(input);
            split = new StratifiedSplitter(testFraction, 0.2, seed).split(data);
        } catch (InputFileException e) {
            LOG.debug("Rejected input file {}", input, e);
            err.println(e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            LOG.debug("Cannot split {}", input, e);
            err.println(input + ": " + e.getMessage() + ". Fix: give more rows of each label, or a --test-fraction"
                    + " that leaves rows in every partition.");
            err.flush();
            return ExitCode.USAGE;
        }

        PropensityTraining training = new PropensityTraining(List.of(
                new GradientBoostedTrees(treeParameters()),
                new LogisticRegression(LogisticParameters.defaults())));
        List<TrainedModel> trained;
        try {
            trained = training.train(split, label);
        } catch (ModelTrainingException e) {
            LOG.error("Training failed on {}", input, e);
            err.println(input + ": training failed: " + e.getMessage() + ". Fix: see the logged xgboost error.");
            err.flush();
            return ExitCode.SOFTWARE;
        }
        try {
            return writeOutputs(data, split, trained);
        } finally {
            trained.forEach(TrainedModel::close);
        }
    }

    private TreeParameters treeParameters() {
        TreeParameters parameters = TreeParameters.defaults().withSeed(seed);
        return threads == null ? parameters : parameters.withThreads(threads);
    }

    private void validateOptions() {
        if (!(testFraction > 0.0 && testFraction < 1.0)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --test-fraction: '" + testFraction
                    + "' is outside (0, 1); give a share such as 0.25");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --threads: '" + threads
                    + "' is below 1; give 1 or more");
        }
        if (reasons < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --reasons: '" + reasons
                    + "' is below 1; give 1 or more");
        }
    }

    private int writeOutputs(Dataset data, Split split, List<TrainedModel> trained) {
        List<ModelReport> reports = trained.stream().map(TrainedModel::report).toList();
        List<String> models = new ArrayList<>();
        List<List<Explanation>> explanations = new ArrayList<>();
        for (TrainedModel model : trained) {
            models.add(model.model().kind().id());
            explanations.add(model.model().explain(data.features()));
        }

        Path reportFile = out.resolve("model-report.json");
        Path scoreFile = out.resolve("scores.csv");
        try {
            Files.createDirectories(out);
            ModelReportJson.write(reportFile, reports);
            try (Writer writer = Files.newBufferedWriter(scoreFile, StandardCharsets.UTF_8);
                    PrintWriter scores = new PrintWriter(writer)) {
                ScoreFile.write(scores, data.features().rowIds(), partitions(split), data.labels(), models,
                        explanations, reasons);
                if (scores.checkError()) {
                    throw new IOException("the writer reported an error");
                }
            }
        } catch (IOException e) {
            LOG.error("Failed to write the outputs to {}", out, e);
            PrintWriter err = spec.commandLine().getErr();
            err.println(out + ": failed to write: " + e.getMessage() + ". Fix: check that the folder is writable.");
            err.flush();
            return ExitCode.SOFTWARE;
        }

        PrintWriter stdout = spec.commandLine().getOut();
        for (ModelReport report : reports) {
            stdout.printf(Locale.ROOT, "%s: test AUC %s, log loss %s on %d rows%n", report.model(),
                    format(report.auc().value(), report.auc().reason()),
                    format(report.logLoss().value(), report.logLoss().reason()), report.testRows());
        }
        stdout.println("Wrote " + reportFile + " and " + scoreFile);
        stdout.flush();
        return ExitCode.OK;
    }

    private static Map<String, String> partitions(Split split) {
        Map<String, String> partitions = new HashMap<>();
        split.fit().features().rowIds().forEach(rowId -> partitions.put(rowId, "fit"));
        split.validation().features().rowIds().forEach(rowId -> partitions.put(rowId, "validation"));
        split.test().features().rowIds().forEach(rowId -> partitions.put(rowId, "test"));
        return partitions;
    }

    private static String format(Double value, String reason) {
        return value == null ? "unavailable (" + reason + ")" : String.format(Locale.ROOT, "%.4f", value);
    }
}
