package io.idem.experiment.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.idem.demo.DemoGenerator;
import io.idem.demo.DemoSpec;
import io.idem.experiment.analysis.ArmSummary;
import io.idem.experiment.analysis.ExperimentReport;
import io.idem.experiment.assignment.Allocation;
import io.idem.experiment.assignment.HashAssigner;
import io.idem.experiment.outcome.AccountOutcome;
import io.idem.statistics.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PlaySimulationTest {

    private static final Logger LOG = LoggerFactory.getLogger(PlaySimulationTest.class);

    private static final int ACCOUNTS = 3_000;
    private static final long SEED = 11L;
    private static final double EFFECT = 0.15;
    /** Smaller effect for the runs across seeds, so that the power is near 0.6 and misses are expected. */
    private static final double SMALL_EFFECT = 0.06;
    private static final int RUNS = 60;

    @TempDir
    static Path folder;

    private static SimulationResult result;
    private static List<AccountOutcome> outcomes;

    @BeforeAll
    static void simulate() {
        result = PlaySimulation.run(new SimulationSpec("demo-sim", ACCOUNTS, SEED, EFFECT, 100.0), folder);
        outcomes = DemoOutcomes.measure(folder.resolve(DemoGenerator.DATA_FOLDER),
                PlaySimulation.startDate(DemoSpec.DEFAULT_AS_OF), PlaySimulation.WINDOW_DAYS);
    }

    @Test
    void playAEffectIsDetected() {
        TestResult conversion = result.report().comparison(PlaySimulation.PLAY_A).conversion().frequentist();
        TestResult expansion = result.report().comparison(PlaySimulation.PLAY_A).expansionMrr().frequentist();

        LOG.info("play_a with effect {}: conversion lift {} in [{}, {}], p = {}, expected lift {}; expansion MRR"
                + " p = {}", EFFECT, conversion.absoluteEffect().estimate(), conversion.absoluteEffect().interval().lower(),
                conversion.absoluteEffect().interval().upper(), conversion.pValue(), result.expectedConversionEffect(),
                expansion.pValue());
        assertThat(conversion.pValue()).isLessThan(0.05);
        assertThat(conversion.absoluteEffect().interval().lower())
                .isLessThanOrEqualTo(result.expectedConversionEffect());
        assertThat(conversion.absoluteEffect().interval().upper())
                .isGreaterThanOrEqualTo(result.expectedConversionEffect());
        assertThat(expansion.absoluteEffect().interval().lower())
                .isLessThanOrEqualTo(result.expectedExpansionMrrEffect());
        assertThat(expansion.absoluteEffect().interval().upper())
                .isGreaterThanOrEqualTo(result.expectedExpansionMrrEffect());
    }

    @Test
    void playBWithoutEffectIsNotDetected() {
        TestResult conversion = result.report().comparison(PlaySimulation.PLAY_B).conversion().frequentist();

        assertThat(conversion.pValue()).isGreaterThanOrEqualTo(0.05);
        assertThat(conversion.absoluteEffect().interval().lower()).isLessThanOrEqualTo(0.0);
        assertThat(conversion.absoluteEffect().interval().upper()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void sampleRatioIsNotFlagged() {
        assertThat(result.report().sampleRatio().mismatch()).isFalse();
        assertThat(result.report().accounts()).isEqualTo(result.accounts());
    }

    @Test
    void outcomesMatchSubscriptionsFile() throws IOException {
        Map<String, double[]> mrr = independentMrr(folder.resolve("data/subscriptions.csv"));

        assertThat(outcomes).hasSizeGreaterThan(ACCOUNTS / 4);
        for (AccountOutcome outcome : outcomes) {
            double[] days = mrr.get(outcome.accountId());
            assertThat(outcome.prePeriod()).as(outcome.accountId()).isCloseTo(days[0], offset(1e-6));
            assertThat(outcome.converted()).as(outcome.accountId()).isEqualTo(days[1] > days[0] + 1e-9);
            assertThat(outcome.expansionMrr()).as(outcome.accountId())
                    .isCloseTo(Math.max(0, days[1] - days[0]), offset(1e-6));
        }
        long customers = mrr.values().stream().filter(days -> days[0] > 0).count();
        assertThat(outcomes).hasSize((int) customers);
    }

    @Test
    void injectedConversionsAreCountedInPlayA() {
        ExperimentReport report = result.report();
        ArmSummary playA = arm(report, PlaySimulation.PLAY_A);
        long organic = outcomes.stream().filter(AccountOutcome::converted)
                .filter(o -> variantOf(report.experimentId(), o.accountId()).equals(PlaySimulation.PLAY_A)).count();

        assertThat(result.injectedConversions()).isPositive();
        assertThat(playA.conversions()).isEqualTo(organic + result.injectedConversions());
    }

    @Test
    void seedRunsMatchBinomialBands() {
        int detected = 0;
        int covered = 0;
        int falsePositives = 0;
        int mismatches = 0;
        double power = 0;
        for (int run = 0; run < RUNS; run++) {
            SimulationResult simulated = PlaySimulation.analyze(
                    new SimulationSpec("demo-sim-" + run, ACCOUNTS, 1_000L + run, SMALL_EFFECT, 100.0), outcomes);
            ExperimentReport report = simulated.report();
            TestResult playA = report.comparison(PlaySimulation.PLAY_A).conversion().frequentist();
            if (playA.pValue() < 0.05) {
                detected++;
            }
            double expected = simulated.expectedConversionEffect();
            if (playA.absoluteEffect().interval().lower() <= expected
                    && playA.absoluteEffect().interval().upper() >= expected) {
                covered++;
            }
            if (report.comparison(PlaySimulation.PLAY_B).conversion().frequentist().pValue() < 0.05) {
                falsePositives++;
            }
            if (report.sampleRatio().mismatch()) {
                mismatches++;
            }
            power += expectedPower(simulated) / RUNS;
        }

        LOG.info("{} runs on {} customers (organic rate {}): play_a detected in {} (expected power {}),"
                + " interval covered the expected effect in {}, play_b false positives {}, sample ratio flags {}", RUNS,
                outcomes.size(), result.organicRate(), detected, power, covered, falsePositives, mismatches);
        BinomialDistribution nullCount = new BinomialDistribution(RUNS, 0.05);
        BinomialDistribution detectedCount = new BinomialDistribution(RUNS, power);
        BinomialDistribution coveredCount = new BinomialDistribution(RUNS, 0.95);
        assertThat(power).isBetween(0.3, 0.9);
        assertThat(falsePositives).isLessThanOrEqualTo(nullCount.inverseCumulativeProbability(0.9995));
        assertThat(detected).isBetween(detectedCount.inverseCumulativeProbability(0.0005),
                detectedCount.inverseCumulativeProbability(0.9995));
        assertThat(covered).isGreaterThanOrEqualTo(coveredCount.inverseCumulativeProbability(0.0005));
        assertThat(mismatches)
                .isLessThanOrEqualTo(new BinomialDistribution(RUNS, 0.001).inverseCumulativeProbability(0.9995));
    }

    /**
     * Returns the power of the two-sided z-test at alpha 0.05 for the expected effect, with the arms' observed
     * sizes and the organic rate: 1 - Phi(z_{1-alpha/2} - delta / se), ignoring the far tail.
     */
    private static double expectedPower(SimulationResult simulated) {
        double rate = simulated.organicRate();
        double treated = rate + simulated.expectedConversionEffect();
        long control = arm(simulated.report(), PlaySimulation.HOLDOUT).accounts();
        long variant = arm(simulated.report(), PlaySimulation.PLAY_A).accounts();
        double se = Math.sqrt(rate * (1 - rate) / control + treated * (1 - treated) / variant);
        NormalDistribution normal = new NormalDistribution();
        return 1 - normal.cumulativeProbability(normal.inverseCumulativeProbability(0.975)
                - simulated.expectedConversionEffect() / se);
    }

    private static ArmSummary arm(ExperimentReport report, String variant) {
        return report.arms().stream().filter(a -> a.variant().equals(variant)).findFirst().orElseThrow();
    }

    private static String variantOf(String experimentId, String accountId) {
        return new HashAssigner(experimentId, new Allocation(PlaySimulation.VARIANTS)).variantOf(accountId).name();
    }

    /** Sums MRR per account on the start date and at the end of the window, reading the file column by column. */
    private static Map<String, double[]> independentMrr(Path subscriptions) throws IOException {
        LocalDate start = PlaySimulation.startDate(DemoSpec.DEFAULT_AS_OF);
        LocalDate end = start.plusDays(PlaySimulation.WINDOW_DAYS);
        List<String> lines = Files.readAllLines(subscriptions);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, double[]> mrr = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            String account = fields[header.indexOf("account_id")];
            LocalDate from = LocalDate.parse(fields[header.indexOf("start_date")]);
            String endText = fields[header.indexOf("end_date")];
            LocalDate to = endText.isEmpty() ? LocalDate.MAX : LocalDate.parse(endText);
            double amount = Double.parseDouble(fields[header.indexOf("mrr")]);
            double[] days = mrr.computeIfAbsent(account, id -> new double[2]);
            days[0] += !from.isAfter(start) && to.isAfter(start) ? amount : 0;
            days[1] += !from.isAfter(end) && to.isAfter(end) ? amount : 0;
        }
        return mrr;
    }
}
