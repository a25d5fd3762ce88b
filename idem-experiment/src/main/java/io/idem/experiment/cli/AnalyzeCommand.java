package io.idem.experiment.cli;

import io.idem.statistics.cli.JsonOutput;

import io.idem.experiment.DesignTargets;
import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.ExperimentInputException;
import io.idem.experiment.Variant;
import io.idem.experiment.analysis.AnalysisDesign;
import io.idem.experiment.analysis.ExperimentAnalyzer;
import io.idem.experiment.analysis.ExperimentReport;
import io.idem.experiment.analysis.Observation;
import io.idem.experiment.outcome.AccountOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Analyses an experiment from its assignments and per-account outcomes and prints the report as JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compare each variant with the control on conversion and expansion MRR: sample ratio check,"
                + " z-test, Welch t-test, Bayesian chance to beat control, CUPED, always-valid sequential p-value"
                + " and a sample size plan; prints JSON.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--assignments", required = true, paramLabel = "FILE.csv",
            description = "CSV with account_id, variant and weight per exposed account, as assign writes it.")
    Path assignments;

    @Option(names = "--outcomes", required = true, paramLabel = "FILE.csv",
            description = "CSV with account_id, converted (true or false) and expansion_mrr per account; accounts"
                    + " that are not in --assignments are ignored.")
    Path outcomes;

    @Option(names = "--pre-period", paramLabel = "COLUMN",
            description = "Column of --outcomes measured before exposure, such as MRR at exposure; turns on CUPED.")
    String prePeriod;

    @Option(names = "--control", paramLabel = "NAME",
            description = "Variant the others are compared with (default: holdout, else control).")
    String control;

    @Option(names = "--variants", split = ",", converter = VariantConverter.class, paramLabel = "NAME:WEIGHT",
            description = "Planned variants and weights, such as play_a:0.45,play_b:0.45,holdout:0.10; replaces the"
                    + " weight column and keeps variants with no account in the sample ratio check.")
    List<Variant> variants;

    @Option(names = "--experiment", paramLabel = "ID",
            description = "Experiment id for the report (default: the experiment_id column, else 'experiment').")
    String experimentId;

    @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "ALPHA",
            description = "Two-sided significance level of every test and interval (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", paramLabel = "POWER",
            description = "Target power of the sample size plan (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--mde", defaultValue = "0.05", paramLabel = "POINTS",
            description = "Minimum detectable effect on conversion in rate points; 0.05 is +5 points"
                    + " (default: ${DEFAULT-VALUE}).")
    double conversionEffect;

    @Option(names = "--mrr-mde", defaultValue = "0.2", paramLabel = "FRACTION",
            description = "Minimum detectable effect on expansion MRR as a fraction of the control mean; 0.2 is +20%%"
                    + " (default: ${DEFAULT-VALUE}).")
    double mrrEffect;

    @Option(names = "--baseline-rate", paramLabel = "RATE",
            description = "Expected control conversion rate for the plan and the sequential test (default: the"
                    + " observed control rate).")
    Double baselineRate;

    @Option(names = "--srm-threshold", defaultValue = "0.001", paramLabel = "P",
            description = "P-value below which the sample ratio check flags a mismatch (default: ${DEFAULT-VALUE}).")
    double srmThreshold;

    @Override
    public Integer call() {
        try {
            if (variants != null) {
                ExperimentDefinition.requireDistinctVariants("--variants", variants);
            }
            AssignmentsFile assigned = AssignmentsFile.read(assignments, variants);
            AnalysisDesign design = design(assigned);
            Map<String, AccountOutcome> measured = OutcomesFile.read(outcomes, prePeriod);
            List<Observation> observations = join(assigned, measured);

            ExperimentReport report = ExperimentAnalyzer.analyze(design, observations);
            long ignored = measured.size() - observations.size();
            if (ignored > 0) {
                report = withNote(report, ignored + " row(s) of " + outcomes + " belong to accounts that are not in "
                        + assignments + " and were ignored");
            }
            JsonOutput.write(spec.commandLine().getOut(), report);
            return 0;
        } catch (BadInputException | ExperimentInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private AnalysisDesign design(AssignmentsFile assigned) {
        String id = experimentId(assigned);
        List<Variant> planned = assigned.variants();
        if (planned.size() < 2) {
            throw new BadInputException(assignments + " has " + planned.size() + " variant(s) "
                    + planned.stream().map(Variant::name).toList() + "; an experiment needs a control and at least"
                    + " one other variant, so pass --variants with all planned variants");
        }
        String controlName = controlName(planned);
        DesignTargets targets;
        try {
            targets = new DesignTargets(baselineRate, conversionEffect, mrrEffect, alpha, power);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid --baseline-rate, --mde, --mrr-mde, --alpha or --power: "
                    + e.getMessage());
        }
        if (!(srmThreshold > 0 && srmThreshold < 1)) {
            throw new BadInputException("--srm-threshold must be strictly between 0 and 1, got " + srmThreshold
                    + "; use 0.001");
        }
        return new AnalysisDesign(id, planned, controlName, targets, srmThreshold);
    }

    private String experimentId(AssignmentsFile assigned) {
        if (experimentId == null) {
            return assigned.experimentId() == null ? "experiment" : assigned.experimentId();
        }
        try {
            ExperimentDefinition.requireExperimentId(experimentId);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--experiment: " + e.getMessage());
        }
        if (assigned.experimentId() != null && !assigned.experimentId().equals(experimentId)) {
            throw new BadInputException("--experiment " + experimentId + " differs from experiment "
                    + assigned.experimentId() + " in " + assignments + "; pass the file of that experiment or drop"
                    + " --experiment");
        }
        return experimentId;
    }

    private String controlName(List<Variant> planned) {
        List<String> names = planned.stream().map(Variant::name).toList();
        if (control != null) {
            if (!names.contains(control)) {
                throw new BadInputException("--control " + control + " is not a variant of " + assignments
                        + "; use one of " + names);
            }
            return control;
        }
        for (String usual : List.of("holdout", "control")) {
            if (names.contains(usual)) {
                return usual;
            }
        }
        throw new BadInputException(assignments + " has no variant named holdout or control; pass --control with"
                + " one of " + names);
    }

    private List<Observation> join(AssignmentsFile assigned, Map<String, AccountOutcome> measured) {
        List<Observation> observations = new ArrayList<>();
        for (AssignmentsFile.AssignedAccount account : assigned.accounts()) {
            AccountOutcome outcome = measured.get(account.accountId());
            if (outcome == null) {
                throw new BadInputException(assignments + " line " + account.line() + " column "
                        + assigned.accountIdColumn() + " (account_id): value '" + account.accountId() + "' of variant "
                        + account.variant() + " has no row in " + outcomes + "; add one, with converted false and"
                        + " expansion_mrr 0 when it did not expand");
            }
            observations.add(Observation.of(account.variant(), outcome));
        }
        return observations;
    }

    private static ExperimentReport withNote(ExperimentReport report, String note) {
        List<String> notes = new ArrayList<>(report.notes());
        notes.add(note);
        return new ExperimentReport(report.experimentId(), report.control(), report.alpha(), report.accounts(),
                report.sampleRatio(), report.arms(), report.conversionCuped(), report.expansionMrrCuped(),
                report.comparisons(), report.plan(), notes);
    }
}
