package io.idem.statistics.cli;

import io.idem.statistics.srm.SampleRatioMismatch;
import io.idem.statistics.srm.SrmResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Checks observed arm sizes against the planned allocation. */
@Command(name = "srm", mixinStandardHelpOptions = true,
        description = "Sample ratio mismatch check: chi-square goodness of fit of arm sizes; prints JSON.")
public final class SrmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--observed", split = ",", converter = Converters.Count.class, paramLabel = "N",
            description = "Accounts per arm, comma-separated, for example 480,520.")
    List<Long> observed;

    @Option(names = "--weights", split = ",", converter = Converters.FiniteNumber.class, paramLabel = "W",
            description = "Planned allocation weights per arm, comma-separated, for example 0.5,0.5;"
                    + " equal weights when omitted.")
    List<Double> weights;

    @Option(names = "--input", paramLabel = "FILE.csv",
            description = "CSV with columns arm,n and optionally weight, one row per arm; columns conversions,"
                    + " mean, variance and sd are accepted and ignored, so a proportions or means file works.")
    Path input;

    @Option(names = "--threshold", defaultValue = "0.001", converter = Converters.FiniteNumber.class,
            description = "P-value below which the split is flagged as a mismatch (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
        try {
            if (!(threshold > 0 && threshold < 1)) {
                throw new BadInputException("--threshold must be strictly between 0 and 1, got " + threshold);
            }
            if ((observed == null) == (input == null)) {
                throw new BadInputException("pass the arm sizes one way: --observed 480,520 or --input FILE.csv");
            }
            List<Long> counts = new ArrayList<>();
            List<Double> planned = new ArrayList<>();
            if (input != null) {
                readCsv(input, counts, planned);
            } else {
                counts.addAll(observed);
            }
            if (weights != null) {
                if (!planned.isEmpty()) {
                    throw new BadInputException("pass weights either in the weight column of " + input
                            + " or with --weights, not both");
                }
                planned.addAll(weights);
            }
            if (planned.isEmpty()) {
                planned.addAll(Collections.nCopies(counts.size(), 1.0));
            }
            checkWeights(planned, counts.size());

            SrmResult result = SampleRatioMismatch.test(counts, planned, threshold);
            JsonOutput.write(spec.commandLine().getOut(), result);
            return 0;
        } catch (BadInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void checkWeights(List<Double> planned, int arms) {
        if (arms < 2) {
            throw new BadInputException("a sample ratio check needs at least 2 arms, got " + arms);
        }
        if (planned.size() != arms) {
            throw new BadInputException("got " + arms + " arm sizes but " + planned.size()
                    + " weights; pass one weight per arm, in the same order");
        }
        for (int i = 0; i < planned.size(); i++) {
            if (!(planned.get(i) > 0)) {
                throw new BadInputException("weight " + (i + 1) + " is " + planned.get(i)
                        + "; weights must be > 0, for example 0.5,0.5");
            }
        }
    }

    private static void readCsv(Path file, List<Long> counts, List<Double> planned) {
        CsvTable table = CsvTable.read("--input", file, List.of("arm", "n"),
                List.of("weight", "conversions", "mean", "variance", "sd", "covariate_mean", "covariate_variance",
                        "covariance"));
        List<String> arms = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            arms.add(row.text("arm"));
            counts.add(row.count("n"));
            if (table.hasColumn("weight")) {
                double weight = row.number("weight");
                if (!(weight > 0)) {
                    throw row.error("weight", row.text("weight"), "must be > 0; use the planned share of the arm");
                }
                planned.add(weight);
            }
        }
        ArmNames.check(table, arms);
    }
}
