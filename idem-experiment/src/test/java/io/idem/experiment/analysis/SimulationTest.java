package io.idem.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.experiment.DesignTargets;
import io.idem.experiment.Variant;
import io.idem.experiment.analysis.SyntheticPopulation.ArmModel;
import io.idem.statistics.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End-to-end simulation on seeded synthetic segments: hash assignment, outcomes drawn from known models, and
 * the analysis. play_a adds 5 conversion points (20% to 25%) and 20% expansion MRR per account; play_b has no
 * effect.
 */
class SimulationTest {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationTest.class);

    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));
    private static final ArmModel CONTROL = new ArmModel(0.20, 0.10);
    /** 0.25 * 0.096 = 1.2 * 0.20 * 0.10, so expected expansion MRR per account is 20% above the control's. */
    private static final ArmModel PLAY_A = new ArmModel(0.25, 0.096);
    private static final Map<String, ArmModel> MODELS = Map.of("play_a", PLAY_A, "play_b", CONTROL,
            "holdout", CONTROL);
    private static final double ALPHA = 0.05;
    private static final int REPETITIONS = 200;

    @Test
    void detectsPlayWithKnownEffect() {
        AnalysisDesign design = design("sim-detect");
        List<Observation> observations = SyntheticPopulation.generate("sim-detect", PLAYS, MODELS, 40_000, 20250303);

        ExperimentReport report = ExperimentAnalyzer.analyze(design, observations);

        double mrrEffect = PLAY_A.expectedMrr() - CONTROL.expectedMrr();
        VariantComparison playA = report.comparison("play_a");
        assertDetected(playA.conversion().frequentist(), 0.05);
        assertDetected(playA.expansionMrr().frequentist(), mrrEffect);
        assertDetected(playA.expansionMrr().cuped(), mrrEffect);
        assertThat(playA.expansionMrr().frequentist().relativeEffect().interval().contains(0.2)).isTrue();
        assertThat(playA.conversion().bayesian().chanceToBeatControl()).isGreaterThan(0.95);
        assertThat(playA.expansionMrr().bayesian().chanceToBeatControl()).isGreaterThan(0.95);
        assertThat(report.sampleRatio().mismatch()).isFalse();
        LOG.info("play_a at 40,000 accounts: conversion p = {}, expansion MRR p = {}, CUPED p = {}, sequential"
                + " conversion p = {}", playA.conversion().frequentist().pValue(),
                playA.expansionMrr().frequentist().pValue(), playA.expansionMrr().cuped().pValue(),
                playA.conversion().sequential().pValue());
    }

    @Test
    void playWithoutEffectRejectsAtNominalRate() {
        int conversionRejections = 0;
        int expansionRejections = 0;
        int cupedRejections = 0;
        int sequentialRejections = 0;
        int mismatches = 0;
        int conversionCoverage = 0;
        int detections = 0;

        for (int rep = 0; rep < REPETITIONS; rep++) {
            String id = "sim-" + rep;
            ExperimentReport report = ExperimentAnalyzer.analyze(design(id),
                    SyntheticPopulation.generate(id, PLAYS, MODELS, 6_000, 1_000L + rep));
            VariantComparison playB = report.comparison("play_b");
            VariantComparison playA = report.comparison("play_a");

            conversionRejections += playB.conversion().frequentist().significant() ? 1 : 0;
            expansionRejections += playB.expansionMrr().frequentist().significant() ? 1 : 0;
            cupedRejections += playB.expansionMrr().cuped().significant() ? 1 : 0;
            sequentialRejections += playB.conversion().sequential().rejectNull() ? 1 : 0;
            mismatches += report.sampleRatio().mismatch() ? 1 : 0;
            conversionCoverage += playA.conversion().frequentist().absoluteEffect().interval().contains(0.05) ? 1 : 0;
            detections += playA.conversion().frequentist().significant() ? 1 : 0;
        }

        BinomialDistribution nullRejections = new BinomialDistribution(REPETITIONS, ALPHA);
        int lower = nullRejections.inverseCumulativeProbability(0.0005);
        int upper = nullRejections.inverseCumulativeProbability(0.9995);
        BinomialDistribution covered = new BinomialDistribution(REPETITIONS, 1 - ALPHA);
        LOG.info("{} repetitions of 6,000 accounts: play_b rejections conversion {}, expansion MRR {}, CUPED {},"
                + " sequential {}; sample ratio flags {}; play_a coverage {} and detections {}; band [{}, {}]",
                REPETITIONS, conversionRejections, expansionRejections, cupedRejections, sequentialRejections,
                mismatches, conversionCoverage, detections, lower, upper);
        assertThat(conversionRejections).isBetween(lower, upper);
        assertThat(expansionRejections).isBetween(lower, upper);
        assertThat(cupedRejections).isBetween(lower, upper);
        assertThat(sequentialRejections).isLessThanOrEqualTo(upper);
        // P(3 or more flags) at threshold 0.001 over 200 fair splits is about 0.001.
        assertThat(mismatches).isLessThanOrEqualTo(2);
        assertThat(conversionCoverage).isBetween(covered.inverseCumulativeProbability(0.0005),
                covered.inverseCumulativeProbability(0.9995));
        assertThat(detections).isGreaterThan(REPETITIONS / 2);
    }

    @Test
    void flagsSampleRatioMismatchWhenExposuresAreLost() {
        List<Observation> observations = SyntheticPopulation.generate("sim-srm", PLAYS, MODELS, 40_000, 7);
        // A logging fault drops the exposures of one in six holdout accounts that did not convert.
        List<Observation> tampered = new ArrayList<>();
        int holdout = 0;
        for (Observation o : observations) {
            boolean dropped = o.variant().equals("holdout") && !o.converted() && holdout++ % 6 == 0;
            if (!dropped) {
                tampered.add(o);
            }
        }

        ExperimentReport clean = ExperimentAnalyzer.analyze(design("sim-srm"), observations);
        ExperimentReport report = ExperimentAnalyzer.analyze(design("sim-srm"), tampered);

        assertThat(clean.sampleRatio().mismatch()).isFalse();
        assertThat(report.sampleRatio().mismatch()).isTrue();
        assertThat(report.sampleRatio().pValue()).isLessThan(0.001);
        assertThat(report.notes()).anyMatch(n -> n.startsWith("sample ratio mismatch"));
    }

    @Test
    void flagsSampleRatioMismatchWhenAssignmentIsOverridden() {
        List<Observation> observations = SyntheticPopulation.generate("sim-srm", PLAYS, MODELS, 40_000, 7);
        // Someone moves every 30th play_b account to play_a by hand.
        List<Observation> tampered = new ArrayList<>();
        int playB = 0;
        for (Observation o : observations) {
            boolean moved = o.variant().equals("play_b") && playB++ % 30 == 0;
            tampered.add(moved ? new Observation(o.accountId(), "play_a", o.converted(), o.expansionMrr(),
                    o.prePeriod()) : o);
        }

        ExperimentReport report = ExperimentAnalyzer.analyze(design("sim-srm"), tampered);

        assertThat(report.sampleRatio().mismatch()).isTrue();
    }

    private static AnalysisDesign design(String id) {
        return new AnalysisDesign(id, PLAYS, "holdout", new DesignTargets(0.20, 0.05, 0.2, ALPHA, 0.8), 0.001);
    }

    private static void assertDetected(TestResult result, double trueEffect) {
        assertThat(result.pValue()).as(result.method() + " p-value").isLessThan(ALPHA);
        assertThat(result.absoluteEffect().interval().contains(trueEffect))
                .as(result.method() + " interval " + result.absoluteEffect().interval() + " covers " + trueEffect)
                .isTrue();
    }
}
