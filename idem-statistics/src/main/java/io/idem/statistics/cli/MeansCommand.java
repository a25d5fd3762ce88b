package io.idem.statistics.cli;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestSettings;
import io.idem.statistics.bayesian.NormalMeanModel;
import io.idem.statistics.frequentist.WelchTTest;
import io.idem.statistics.sequential.MixtureSprt;
import io.idem.statistics.sequential.SequentialResult;
import io.idem.statistics.variance.CovariateSummary;
import io.idem.statistics.variance.Cuped;
import io.idem.statistics.variance.CupedResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Compares a continuous metric, such as expansion MRR per account, across arms, optionally with CUPED. */
@Command(name = "means", mixinStandardHelpOptions = true,
        description = "Compare means of a control and treatment arms, optionally CUPED-adjusted; prints JSON.")
public final class MeansCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    MeanArmOptions armOptions = new MeanArmOptions();

    @Option(names = "--input", paramLabel = "FILE.csv",
            description = "CSV with columns arm,n,mean,variance (or sd) and optionally covariate_mean,"
                    + "covariate_variance,covariance; one row per arm, the first row is the control.")
    Path input;

    @Option(names = "--units", paramLabel = "FILE.csv",
            description = "CSV with one row per account: arm,value and optionally covariate (pre-period value);"
                    + " the first arm to appear is the control.")
    Path units;

    @Override
    public Integer call() {
        try {
            TestSettings settings = analysis.settings();
            analysis.checkSequentialOptions();
            List<MeanArm> arms = readArms();

            CupedResult cuped = null;
            List<MeanSummary> summaries = arms.stream().map(MeanArm::outcome).toList();
            if (arms.stream().allMatch(MeanArm::hasCovariate)) {
                List<CovariateSummary> covariates = arms.stream().map(MeanArm::covariateSummary).toList();
                cuped = Cuped.fromSummaries(covariates);
                summaries = cuped.adjusted();
            }

            List<StatsReport.Comparison> comparisons = new ArrayList<>();
            for (int k = 1; k < arms.size(); k++) {
                Object result = compare(summaries.get(0), summaries.get(k), settings);
                comparisons.add(new StatsReport.Comparison(arms.get(0).arm(), arms.get(k).arm(), result));
            }

            JsonOutput.write(spec.commandLine().getOut(), new StatsReport("means", analysis.method.label(), arms,
                    cuped, comparisons, StatsReport.multipleComparisonNotes(comparisons.size(), settings.alpha())));
            return 0;
        } catch (BadInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private List<MeanArm> readArms() {
        long sources = Stream.of(input != null, units != null, armOptions.anyGiven()).filter(given -> given).count();
        if (sources != 1) {
            throw new BadInputException("pass the arms one way: either --control-... and --treatment-... options,"
                    + " or --input FILE.csv, or --units FILE.csv");
        }
        if (input != null) {
            return MeanInputs.readSummaries(input);
        }
        if (units != null) {
            return MeanInputs.readUnits(units);
        }
        return armOptions.arms();
    }

    private Object compare(MeanSummary control, MeanSummary treatment, TestSettings settings) {
        return switch (analysis.method) {
            case FREQUENTIST -> WelchTTest.test(control, treatment, settings);
            case BAYESIAN -> NormalMeanModel.compare(control, treatment, settings.alpha());
            case SEQUENTIAL -> sequential(control, treatment, settings);
        };
    }

    private SequentialResult sequential(MeanSummary control, MeanSummary treatment, TestSettings settings) {
        MixtureSprt test = analysis.sequentialTest(control, treatment);
        if (test == null) {
            return SequentialResult.notComputed(Status.DEGENERATE, "both arms have zero variance, so tau^2 cannot be"
                    + " derived from --planned-n; pass --tau-squared", settings.alpha(), null,
                    control.n() == 0 ? null : control.mean(), treatment.n() == 0 ? null : treatment.mean());
        }
        return test.means(control, treatment, settings);
    }
}
