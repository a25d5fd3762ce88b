package io.idem.experiment.simulation;

import static java.util.Objects.requireNonNull;

import io.idem.demo.DemoGenerator;
import io.idem.demo.DemoSpec;
import io.idem.experiment.DesignTargets;
import io.idem.experiment.Variant;
import io.idem.experiment.analysis.AnalysisDesign;
import io.idem.experiment.analysis.ExperimentAnalyzer;
import io.idem.experiment.analysis.ExperimentReport;
import io.idem.experiment.analysis.Observation;
import io.idem.experiment.assignment.Allocation;
import io.idem.experiment.assignment.HashAssigner;
import io.idem.experiment.outcome.AccountOutcome;
import io.idem.statistics.srm.SampleRatioMismatch;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulates an experiment on plays with the accounts and real subscription outcomes of a generated demo
 * workspace. Customers on the start date are hash-assigned to play_a, play_b and holdout (0.45, 0.45, 0.10).
 * Their outcomes over the next {@value #WINDOW_DAYS} days come from the demo's subscriptions. play_a gets a
 * known effect: each play_a account that did not convert on its own converts with probability
 * {@link SimulationSpec#effect()} and gains {@link SimulationSpec#injectedMrr()}. play_b gets none, so its
 * comparison with the holdout shows the false-positive rate.
 */
public final class PlaySimulation {

    public static final String PLAY_A = "play_a";
    public static final String PLAY_B = "play_b";
    public static final String HOLDOUT = "holdout";
    public static final List<Variant> VARIANTS = List.of(new Variant(PLAY_A, 0.45), new Variant(PLAY_B, 0.45),
            new Variant(HOLDOUT, 0.10));
    /** Conversion and expansion window after the start date, in days. */
    public static final int WINDOW_DAYS = 90;

    private static final Logger LOG = LoggerFactory.getLogger(PlaySimulation.class);

    private PlaySimulation() {
    }

    /** Generates the demo workspace of {@code spec} into {@code folder}, which may exist, and simulates on it. */
    public static SimulationResult run(SimulationSpec spec, Path folder) {
        requireNonNull(spec, "spec is null");
        requireNonNull(folder, "folder is null");

        // Usage rows do not enter the outcomes, so none are generated.
        DemoSpec demo = new DemoSpec(spec.accounts(), spec.seed(), DemoSpec.DEFAULT_AS_OF, DemoSpec.DEFAULT_MONTHS, 0);
        DemoGenerator.generate(demo, folder);
        LocalDate start = startDate(demo.asOf());
        List<AccountOutcome> outcomes = DemoOutcomes.measure(folder.resolve(DemoGenerator.DATA_FOLDER), start,
                WINDOW_DAYS);
        return analyze(spec, outcomes);
    }

    /** Returns the start date: {@value #WINDOW_DAYS} days before the demo's as-of date, so the window fits. */
    public static LocalDate startDate(LocalDate asOf) {
        return asOf.minusDays(WINDOW_DAYS);
    }

    /**
     * Assigns the accounts of {@code outcomes}, injects the effect into play_a and analyses the result. The
     * effect's random draws come from a generator seeded with {@link SimulationSpec#seed()}, one draw per play_a
     * account that did not convert on its own, in the order of {@code outcomes}.
     */
    public static SimulationResult analyze(SimulationSpec spec, List<AccountOutcome> outcomes) {
        requireNonNull(spec, "spec is null");
        requireNonNull(outcomes, "outcomes is null");
        HashAssigner assigner = new HashAssigner(spec.experimentId(), new Allocation(VARIANTS));
        RandomGenerator random = new Well19937c(spec.seed());

        List<Observation> observations = new ArrayList<>();
        long organicConversions = 0;
        long injected = 0;
        for (AccountOutcome outcome : outcomes) {
            String variant = assigner.variantOf(outcome.accountId()).name();
            boolean converted = outcome.converted();
            double expansion = outcome.expansionMrr();
            if (converted) {
                organicConversions++;
            } else if (variant.equals(PLAY_A) && random.nextDouble() < spec.effect()) {
                converted = true;
                expansion += spec.injectedMrr();
                injected++;
            }
            observations.add(new Observation(outcome.accountId(), variant, converted, expansion, outcome.prePeriod()));
        }

        AnalysisDesign design = new AnalysisDesign(spec.experimentId(), VARIANTS, HOLDOUT, DesignTargets.defaults(),
                SampleRatioMismatch.DEFAULT_THRESHOLD);
        ExperimentReport report = ExperimentAnalyzer.analyze(design, observations);
        double organicRate = outcomes.isEmpty() ? 0 : (double) organicConversions / outcomes.size();
        LOG.info("Simulated experiment {} on {} demo customers: organic conversion rate {}, {} play_a conversions"
                + " injected", spec.experimentId(), outcomes.size(), organicRate, injected);
        return new SimulationResult(spec, report, outcomes.size(), organicRate, injected);
    }
}
