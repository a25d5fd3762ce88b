package io.idem.experiment.analysis;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentInputException;
import io.idem.experiment.Variant;
import io.idem.statistics.Alternative;
import io.idem.statistics.TestSettings;
import io.idem.statistics.srm.SampleRatioMismatch;
import io.idem.statistics.srm.SrmResult;
import io.idem.statistics.variance.Cuped;
import io.idem.statistics.variance.CupedResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses an experiment from its exposed accounts and their outcomes. The report has the sample ratio check
 * against the planned weights and compares each variant with the control on conversion and on expansion MRR.
 * The comparison runs the frequentist, Bayesian and always-valid sequential methods, and CUPED when every
 * account has a pre-period value. A sample size plan closes the report. Every test is two-sided at the
 * design's alpha. Degenerate data, such as an empty variant or no conversions, gives results with a status
 * and a reason, never NaN.
 */
public final class ExperimentAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentAnalyzer.class);

    private ExperimentAnalyzer() {
    }

    /**
     * Analyses the observations.
     *
     * @throws ExperimentInputException when an observation names a variant the design does not have, an account
     *     appears twice, or only some accounts have a pre-period value
     */
    public static ExperimentReport analyze(AnalysisDesign design, List<Observation> observations) {
        requireNonNull(design, "design is null");
        requireNonNull(observations, "observations is null");
        boolean withPrePeriod = checkObservations(design, observations);

        List<ArmData> arms = arms(design, observations, withPrePeriod);
        ArmData control = DesignPlanner.control(design, arms);
        int controlIndex = arms.indexOf(control);
        TestSettings settings = new TestSettings(design.targets().alpha(), Alternative.TWO_SIDED);

        SrmResult sampleRatio = SampleRatioMismatch.test(arms.stream().map(ArmData::n).toList(),
                design.variants().stream().map(Variant::weight).toList(), design.srmThreshold());
        CupedResult conversionCuped = withPrePeriod ? cuped(arms, ArmData::converted) : null;
        CupedResult expansionCuped = withPrePeriod ? cuped(arms, ArmData::expansionMrr) : null;
        List<VariantPlan> plans = DesignPlanner.plan(design, arms);

        List<VariantComparison> comparisons = new ArrayList<>();
        for (VariantPlan plan : plans) {
            ArmData variant = arms.stream().filter(a -> a.variant().equals(plan.variant())).findFirst().orElseThrow();
            MetricComparisons.ArmPair pair = new MetricComparisons.ArmPair(control, controlIndex, variant,
                    arms.indexOf(variant));
            comparisons.add(new VariantComparison(variant.variant(), control.variant(),
                    MetricComparisons.conversion(pair, plan.conversion(), conversionCuped, settings),
                    MetricComparisons.expansionMrr(pair, plan.expansionMrr(), expansionCuped, settings)));
        }

        List<ArmSummary> summaries = arms.stream().map(a -> ArmSummary.of(a, observations.size())).toList();
        List<String> notes = notes(design, sampleRatio, withPrePeriod, comparisons.size());
        LOG.info("Analysed experiment {}: {} accounts in {} variants, sample ratio p = {}", design.experimentId(),
                observations.size(), arms.size(), sampleRatio.pValue());
        return new ExperimentReport(design.experimentId(), design.control(), settings.alpha(), observations.size(),
                sampleRatio, summaries, conversionCuped, expansionCuped, comparisons, plans, notes);
    }

    /** Checks variants and account ids, and returns whether every account has a pre-period value. */
    private static boolean checkObservations(AnalysisDesign design, List<Observation> observations) {
        Set<String> variants = new HashSet<>();
        design.variants().forEach(v -> variants.add(v.name()));
        Set<String> accounts = new HashSet<>();
        long withPrePeriod = 0;
        for (Observation observation : observations) {
            if (!variants.contains(observation.variant())) {
                throw new ExperimentInputException("account " + observation.accountId() + " has variant '"
                        + observation.variant() + "', which experiment " + design.experimentId() + " does not have;"
                        + " use one of " + design.variants().stream().map(Variant::name).toList());
            }
            if (!accounts.add(observation.accountId())) {
                throw new ExperimentInputException("account " + observation.accountId() + " appears twice in"
                        + " experiment " + design.experimentId() + "; keep its first exposure only");
            }
            if (observation.prePeriod() != null) {
                withPrePeriod++;
            }
        }

        if (withPrePeriod > 0 && withPrePeriod < observations.size()) {
            throw new ExperimentInputException(withPrePeriod + " of " + observations.size() + " accounts of experiment "
                    + design.experimentId() + " have a pre-period value; give one to every account, or to none to"
                    + " skip CUPED");
        }
        return withPrePeriod > 0;
    }

    private static List<ArmData> arms(AnalysisDesign design, List<Observation> observations, boolean withPrePeriod) {
        Map<String, List<Observation>> byVariant = new LinkedHashMap<>();
        design.variants().forEach(v -> byVariant.put(v.name(), new ArrayList<>()));
        observations.forEach(o -> byVariant.get(o.variant()).add(o));

        double total = design.variants().stream().mapToDouble(Variant::weight).sum();
        List<ArmData> arms = new ArrayList<>();
        for (Variant variant : design.variants()) {
            arms.add(ArmData.of(variant.name(), variant.weight() / total, byVariant.get(variant.name()),
                    withPrePeriod));
        }
        return arms;
    }

    /** Adjusts one metric of every arm with one shared theta, as the CUPED estimator requires. */
    private static CupedResult cuped(List<ArmData> arms, Function<ArmData, double[]> metric) {
        List<double[]> outcomes = arms.stream().map(metric).toList();
        List<double[]> covariates = arms.stream().map(ArmData::prePeriod).toList();
        return Cuped.fromUnits(outcomes, covariates);
    }

    private static List<String> notes(AnalysisDesign design, SrmResult sampleRatio, boolean withPrePeriod,
            int comparisons) {
        List<String> notes = new ArrayList<>();
        if (sampleRatio.mismatch()) {
            notes.add("sample ratio mismatch: the observed split differs from the planned weights (chi-square p = "
                    + sampleRatio.pValue() + ", below " + sampleRatio.threshold() + "), so exposures were lost,"
                    + " duplicated or assigned differently and the comparisons may be biased; find the cause before"
                    + " reading the effects");
        }
        if (comparisons > 1) {
            notes.add("each of the " + comparisons + " variants is compared with the control at alpha = "
                    + design.targets().alpha() + " without a multiple-comparison correction");
        }
        if (!withPrePeriod) {
            notes.add("no pre-period covariate was given, so CUPED was not applied");
        }
        return notes;
    }
}
