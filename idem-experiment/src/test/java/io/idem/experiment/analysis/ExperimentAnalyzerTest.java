package io.idem.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.experiment.DesignTargets;
import io.idem.experiment.ExperimentInputException;
import io.idem.experiment.Variant;
import io.idem.experiment.analysis.SyntheticPopulation.ArmModel;
import io.idem.statistics.Status;
import io.idem.statistics.TestResult;
import io.idem.statistics.power.PowerResult;
import io.idem.statistics.sequential.MixtureSprt;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.TTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the analysis against computations written out here with Hipparchus' tests and closed forms. */
class ExperimentAnalyzerTest {

    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));
    private static final Map<String, ArmModel> MODELS = Map.of(
            "play_a", new ArmModel(0.25, 0.096),
            "play_b", new ArmModel(0.20, 0.10),
            "holdout", new ArmModel(0.20, 0.10));
    private static final AnalysisDesign DESIGN = new AnalysisDesign("upsell-q1", PLAYS, "holdout",
            DesignTargets.defaults(), 0.001);

    private static List<Observation> observations;
    private static ExperimentReport report;

    @BeforeAll
    static void analyse() {
        observations = SyntheticPopulation.generate("upsell-q1", PLAYS, MODELS, 6_000, 11);
        report = ExperimentAnalyzer.analyze(DESIGN, observations);
    }

    @Test
    void armSummariesCountAccounts() {
        for (ArmSummary arm : report.arms()) {
            List<Observation> members = members(arm.variant());
            long conversions = members.stream().filter(Observation::converted).count();
            double meanMrr = members.stream().mapToDouble(Observation::expansionMrr).average().orElseThrow();

            assertThat(arm.accounts()).isEqualTo(members.size());
            assertThat(arm.conversions()).isEqualTo(conversions);
            assertThat(arm.conversionRate()).isCloseTo((double) conversions / members.size(), within(1e-15));
            assertThat(arm.meanExpansionMrr()).isCloseTo(meanMrr, within(1e-9));
        }
        assertThat(report.accounts()).isEqualTo(6_000);
    }

    @Test
    void sampleRatioMatchesChiSquareGoodnessOfFit() {
        long[] observed = PLAYS.stream().mapToLong(v -> members(v.name()).size()).toArray();
        double[] expected = PLAYS.stream().mapToDouble(v -> v.weight() * 6_000).toArray();

        assertThat(report.sampleRatio().pValue())
                .isCloseTo(new ChiSquareTest().chiSquareTest(expected, observed), within(1e-12));
        assertThat(report.sampleRatio().mismatch()).isFalse();
    }

    @Test
    void conversionMatchesTwoByTwoChiSquare() {
        for (String variant : List.of("play_a", "play_b")) {
            long[][] table = {counts(variant), counts("holdout")};

            TestResult result = report.comparison(variant).conversion().frequentist();

            assertThat(result.status()).isEqualTo(Status.OK);
            assertThat(result.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(table), within(1e-10));
        }
    }

    @Test
    void expansionTestMatchesWelchOnAccountValues() {
        double[] variant = expansion("play_a");
        double[] control = expansion("holdout");

        TestResult result = report.comparison("play_a").expansionMrr().frequentist();

        assertThat(result.statistic()).isCloseTo(new TTest().t(variant, control), within(1e-10));
        assertThat(result.pValue()).isCloseTo(new TTest().tTest(variant, control), within(1e-10));
    }

    @Test
    void cupedMatchesAdjustmentWrittenOut() {
        double covariateMean = observations.stream().mapToDouble(Observation::prePeriod).average().orElseThrow();
        double products = 0;
        double squares = 0;
        for (Variant arm : PLAYS) {
            List<Observation> members = members(arm.name());
            double meanY = members.stream().mapToDouble(Observation::expansionMrr).average().orElseThrow();
            double meanX = members.stream().mapToDouble(Observation::prePeriod).average().orElseThrow();
            for (Observation o : members) {
                products += (o.expansionMrr() - meanY) * (o.prePeriod() - meanX);
                squares += (o.prePeriod() - meanX) * (o.prePeriod() - meanX);
            }
        }
        double theta = products / squares;
        double[] variant = members("play_a").stream()
                .mapToDouble(o -> o.expansionMrr() - theta * (o.prePeriod() - covariateMean)).toArray();
        double[] control = members("holdout").stream()
                .mapToDouble(o -> o.expansionMrr() - theta * (o.prePeriod() - covariateMean)).toArray();

        TestResult adjusted = report.comparison("play_a").expansionMrr().cuped();

        assertThat(report.expansionMrrCuped().theta()).isCloseTo(theta, within(1e-9));
        assertThat(adjusted.absoluteEffect().estimate())
                .isCloseTo(mean(variant) - mean(control), within(1e-9));
        assertThat(adjusted.pValue()).isCloseTo(new TTest().tTest(variant, control), within(1e-9));
        assertThat(adjusted.absoluteEffect().standardError())
                .isLessThan(report.comparison("play_a").expansionMrr().frequentist().absoluteEffect().standardError());
    }

    @Test
    void chanceToBeatControlMatchesMonteCarlo() {
        long[] variant = counts("play_a");
        long[] control = counts("holdout");
        RandomDataGenerator random = new RandomDataGenerator(5);
        int draws = 200_000;
        int wins = 0;
        for (int i = 0; i < draws; i++) {
            double pv = random.nextBeta(1 + variant[0], 1 + variant[1]);
            double pc = random.nextBeta(1 + control[0], 1 + control[1]);
            wins += pv > pc ? 1 : 0;
        }

        Double chance = report.comparison("play_a").conversion().bayesian().chanceToBeatControl();

        // The Monte Carlo standard error is at most 0.0012; 0.006 is five of them.
        assertThat(chance).isCloseTo((double) wins / draws, within(0.006));
    }

    @Test
    void conversionPlanMatchesClosedForm() {
        double pc = report.arms().get(2).conversionRate();
        double pt = pc + 0.05;
        double k = 0.45 / 0.10;
        double pooled = (pc + k * pt) / (1 + k);
        NormalDistribution normal = new NormalDistribution(0, 1);
        double root = normal.inverseCumulativeProbability(0.975) * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / k))
                + normal.inverseCumulativeProbability(0.8) * Math.sqrt(pc * (1 - pc) + pt * (1 - pt) / k);
        double exact = root * root / (0.05 * 0.05);

        MetricPlan plan = report.plan().get(0).conversion();

        assertThat(plan.baselineSource()).isEqualTo("observed control");
        assertThat(plan.sampleSize().exactControlN()).isCloseTo(exact, within(1e-6));
        assertThat(plan.sampleSize().controlN()).isEqualTo((long) Math.ceil(exact));
        assertThat(plan.experimentAccounts()).isEqualTo((long) Math.ceil(Math.max(Math.ceil(exact) / 0.10,
                Math.ceil(k * exact) / 0.45) - 1e-9));
        assertThat(plan.currentPower().controlN()).isEqualTo(members("holdout").size());
    }

    @Test
    void sequentialPValueMatchesMixtureLikelihoodRatio() {
        PowerResult size = report.plan().get(0).conversion().sampleSize();
        double pc = report.plan().get(0).conversion().baseline();
        double pt = pc + 0.05;
        double planned = pc * (1 - pc) / size.controlN() + pt * (1 - pt) / size.treatmentN();
        double tau = MixtureSprt.tauSquaredFor(planned, 0.05);
        double rc = report.arms().get(2).conversionRate();
        double rt = report.arms().get(0).conversionRate();
        double s2 = rc * (1 - rc) / members("holdout").size() + rt * (1 - rt) / members("play_a").size();
        double d = rt - rc;
        double lambda = Math.sqrt(s2 / (s2 + tau)) * Math.exp(tau * d * d / (2 * s2 * (s2 + tau)));

        var sequential = report.comparison("play_a").conversion().sequential();

        assertThat(sequential.tauSquared()).isCloseTo(tau, within(1e-15));
        assertThat(sequential.pValue()).isCloseTo(Math.min(1, 1 / lambda), within(1e-12));
    }

    @Test
    void notesMultipleComparisons() {
        assertThat(report.notes()).anyMatch(n -> n.contains("without a multiple-comparison correction"));
    }

    @Test
    void emptyVariantGivesReasonsInsteadOfNumbers() {
        List<Observation> withoutPlayB = observations.stream().filter(o -> !o.variant().equals("play_b")).toList();

        ExperimentReport partial = ExperimentAnalyzer.analyze(DESIGN, withoutPlayB);

        MetricComparison conversion = partial.comparison("play_b").conversion();
        MetricComparison expansion = partial.comparison("play_b").expansionMrr();
        assertThat(conversion.frequentist().status()).isEqualTo(Status.DEGENERATE);
        assertThat(conversion.frequentist().reason()).contains("treatment arm has n = 0");
        assertThat(conversion.bayesian().status()).isEqualTo(Status.DEGENERATE);
        assertThat(expansion.frequentist().pValue()).isNull();
        assertThat(expansion.cuped().status()).isEqualTo(Status.DEGENERATE);
        assertThat(partial.plan().get(1).expansionMrr().currentPower().status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(partial.sampleRatio().mismatch()).isTrue();
        assertThat(partial.notes()).anyMatch(n -> n.startsWith("sample ratio mismatch"));
    }

    @Test
    void noConversionsGivesReasonsInsteadOfNumbers() {
        List<Observation> flat = observations.stream()
                .map(o -> new Observation(o.accountId(), o.variant(), false, 0, null)).toList();

        ExperimentReport degenerate = ExperimentAnalyzer.analyze(DESIGN, flat);

        MetricComparison conversion = degenerate.comparison("play_a").conversion();
        MetricComparison expansion = degenerate.comparison("play_a").expansionMrr();
        assertThat(conversion.frequentist().reason()).contains("no conversions in either arm");
        assertThat(conversion.sequential().status()).isEqualTo(Status.DEGENERATE);
        assertThat(conversion.sequentialBasis()).contains("tau^2 could not be chosen");
        assertThat(expansion.frequentist().reason()).contains("zero variance");
        assertThat(expansion.bayesian().status()).isEqualTo(Status.DEGENERATE);
        assertThat(degenerate.plan().get(0).conversion().sampleSize().reason()).contains("baseline rate");
        assertThat(degenerate.plan().get(0).expansionMrr().sampleSize().status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(expansion.cuped()).isNull();
        assertThat(degenerate.notes()).anyMatch(n -> n.contains("CUPED was not applied"));
    }

    @Test
    void noAccountsGivesDegenerateReport() {
        ExperimentReport empty = ExperimentAnalyzer.analyze(DESIGN, List.of());

        assertThat(empty.sampleRatio().status()).isEqualTo(Status.DEGENERATE);
        assertThat(empty.arms()).allMatch(a -> a.accounts() == 0 && a.conversionRate() == null);
        assertThat(empty.plan().get(0).expansionMrr().sampleSize().reason()).contains("at least 2 control accounts");
    }

    @Test
    void designBaselineFixesConversionPlan() {
        AnalysisDesign planned = new AnalysisDesign("upsell-q1", PLAYS, "holdout",
                new DesignTargets(0.20, 0.05, 0.2, 0.05, 0.8), 0.001);

        List<VariantPlan> plans = DesignPlanner.beforeStart(planned);

        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).conversion().baselineSource()).isEqualTo("design");
        assertThat(plans.get(0).conversion().sampleSize().status()).isEqualTo(Status.OK);
        assertThat(plans.get(0).conversion().currentPower().status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(plans.get(0).allocationRatio()).isCloseTo(4.5, within(1e-12));
    }

    @Test
    void rejectsUnknownVariant() {
        List<Observation> stray = List.of(new Observation("acct-1", "play_c", true, 10, null));

        assertThatThrownBy(() -> ExperimentAnalyzer.analyze(DESIGN, stray))
                .isInstanceOf(ExperimentInputException.class)
                .hasMessageContaining("'play_c'")
                .hasMessageContaining("acct-1");
    }

    @Test
    void rejectsRepeatedAccount() {
        List<Observation> twice = List.of(new Observation("acct-1", "play_a", true, 10, null),
                new Observation("acct-1", "holdout", false, 0, null));

        assertThatThrownBy(() -> ExperimentAnalyzer.analyze(DESIGN, twice))
                .isInstanceOf(ExperimentInputException.class)
                .hasMessageContaining("acct-1 appears twice");
    }

    @Test
    void rejectsPartialPrePeriod() {
        List<Observation> partial = List.of(new Observation("acct-1", "play_a", true, 10, 100.0),
                new Observation("acct-2", "holdout", false, 0, null));

        assertThatThrownBy(() -> ExperimentAnalyzer.analyze(DESIGN, partial))
                .isInstanceOf(ExperimentInputException.class)
                .hasMessageContaining("1 of 2 accounts");
    }

    private static List<Observation> members(String variant) {
        return observations.stream().filter(o -> o.variant().equals(variant)).toList();
    }

    /** Returns conversions and non-conversions of a variant. */
    private static long[] counts(String variant) {
        long converted = members(variant).stream().filter(Observation::converted).count();
        return new long[] {converted, members(variant).size() - converted};
    }

    private static double[] expansion(String variant) {
        return members(variant).stream().mapToDouble(Observation::expansionMrr).toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
