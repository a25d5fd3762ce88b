package io.idem.statistics.cli;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestSettings;
import io.idem.statistics.bayesian.BetaBinomialModel;
import io.idem.statistics.bayesian.BetaPrior;
import io.idem.statistics.frequentist.TwoProportionZTest;
import io.idem.statistics.sequential.MixtureSprt;
import io.idem.statistics.sequential.SequentialResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Compares conversion counts of a control arm and one or more treatment arms. */
@Command(name = "proportions", mixinStandardHelpOptions = true,
        description = "Compare conversion rates of a control and treatment arms; prints JSON.")
public final class ProportionsCommand implements Callable<Integer> {

    private static final List<String> CSV_COLUMNS = List.of("arm", "n", "conversions");

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--prior-alpha", defaultValue = "1", converter = Converters.FiniteNumber.class,
            description = "Bayesian only: first Beta prior parameter, > 0 (default: ${DEFAULT-VALUE}).")
    double priorAlpha;

    @Option(names = "--prior-beta", defaultValue = "1", converter = Converters.FiniteNumber.class,
            description = "Bayesian only: second Beta prior parameter, > 0 (default: ${DEFAULT-VALUE}).")
    double priorBeta;

    /** Counts either from options or from a CSV file. */
    static final class Source {
        @ArgGroup(exclusive = false)
        Counts counts;

        @Option(names = "--input", paramLabel = "FILE.csv",
                description = "CSV with columns arm,n,conversions, one row per arm; the first row is the control.")
        Path input;
    }

    static final class Counts {
        @Option(names = "--control-conversions", required = true, converter = Converters.Count.class,
                description = "Converted accounts in the control arm.")
        long controlConversions;

        @Option(names = "--control-n", required = true, converter = Converters.Count.class,
                description = "Accounts in the control arm.")
        long controlN;

        @Option(names = "--treatment-conversions", required = true, converter = Converters.Count.class,
                description = "Converted accounts in the treatment arm.")
        long treatmentConversions;

        @Option(names = "--treatment-n", required = true, converter = Converters.Count.class,
                description = "Accounts in the treatment arm.")
        long treatmentN;
    }

    record ArmCounts(String arm, long n, long conversions) {
    }

    @Override
    public Integer call() {
        try {
            TestSettings settings = analysis.settings();
            analysis.checkSequentialOptions();
            BetaPrior prior = prior();
            List<ArmCounts> arms = source.input != null ? readCsv(source.input) : fromOptions(source.counts);

            ArmCounts control = arms.get(0);
            List<StatsReport.Comparison> comparisons = new ArrayList<>();
            for (ArmCounts treatment : arms.subList(1, arms.size())) {
                Object result = compare(summary(control), summary(treatment), settings, prior);
                comparisons.add(new StatsReport.Comparison(control.arm(), treatment.arm(), result));
            }

            JsonOutput.write(spec.commandLine().getOut(), new StatsReport("proportions", analysis.method.label(),
                    arms, null, comparisons,
                    StatsReport.multipleComparisonNotes(comparisons.size(), settings.alpha())));
            return 0;
        } catch (BadInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private Object compare(ProportionSummary control, ProportionSummary treatment, TestSettings settings,
            BetaPrior prior) {
        return switch (analysis.method) {
            case FREQUENTIST -> TwoProportionZTest.test(control, treatment, settings);
            case BAYESIAN -> BetaBinomialModel.compare(control, treatment, prior, settings.alpha());
            case SEQUENTIAL -> sequential(control, treatment, settings);
        };
    }

    private SequentialResult sequential(ProportionSummary control, ProportionSummary treatment,
            TestSettings settings) {
        MeanSummary controlMean = control.asBernoulliMean();
        MeanSummary treatmentMean = treatment.asBernoulliMean();
        MixtureSprt test = analysis.sequentialTest(controlMean, treatmentMean);
        if (test == null) {
            return SequentialResult.notComputed(Status.DEGENERATE, "both arms have rates of 0 or 1, so tau^2 cannot"
                    + " be derived from --planned-n; pass --tau-squared", settings.alpha(), null,
                    control.n() == 0 ? null : control.rate(), treatment.n() == 0 ? null : treatment.rate());
        }
        return test.proportions(control, treatment, settings);
    }

    private BetaPrior prior() {
        if (!(priorAlpha > 0) || !(priorBeta > 0)) {
            throw new BadInputException("--prior-alpha and --prior-beta must be > 0, got " + priorAlpha + " and "
                    + priorBeta + "; use 1 and 1 for a uniform prior");
        }
        return new BetaPrior(priorAlpha, priorBeta);
    }

    private static List<ArmCounts> fromOptions(Counts counts) {
        checkConversions("--control-conversions", counts.controlConversions, "--control-n", counts.controlN);
        checkConversions("--treatment-conversions", counts.treatmentConversions, "--treatment-n", counts.treatmentN);
        return List.of(new ArmCounts("control", counts.controlN, counts.controlConversions),
                new ArmCounts("treatment", counts.treatmentN, counts.treatmentConversions));
    }

    private static void checkConversions(String conversionsOption, long conversions, String nOption, long n) {
        if (conversions > n) {
            throw new BadInputException(conversionsOption + " " + conversions + " exceeds " + nOption + " " + n
                    + "; count each converted account once and pass the arm size to " + nOption);
        }
    }

    private static List<ArmCounts> readCsv(Path file) {
        CsvTable table = CsvTable.read("--input", file, CSV_COLUMNS, List.of());
        List<ArmCounts> arms = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            long n = row.count("n");
            long conversions = row.count("conversions");
            if (conversions > n) {
                throw row.error("conversions", Long.toString(conversions), "exceeds n = " + n
                        + "; count each converted account once");
            }
            arms.add(new ArmCounts(row.text("arm"), n, conversions));
        }
        ArmNames.check(table, arms.stream().map(ArmCounts::arm).toList());
        return arms;
    }

    private static ProportionSummary summary(ArmCounts arm) {
        return new ProportionSummary(arm.n(), arm.conversions());
    }
}
