package io.idem.statistics.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.Alternative;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestSettings;
import org.junit.jupiter.api.Test;

class MixtureSprtTest {

    private static final TestSettings SETTINGS = TestSettings.defaults();

    @Test
    void likelihoodRatioMatchesTwoStreamFormula() {
        // Equal arms of n: Lambda = sqrt(V / (V + n tau^2)) exp(n^2 tau^2 d^2 / (2 V (V + n tau^2))), V = s_c^2 + s_t^2.
        long n = 250;
        double tauSquared = 0.04;
        MeanSummary control = new MeanSummary(n, 10.0, 4.0);
        MeanSummary treatment = new MeanSummary(n, 10.6, 5.0);

        SequentialResult result = new MixtureSprt(tauSquared).means(control, treatment, SETTINGS);

        double v = 9.0;
        double d = 0.6;
        double logLambda = 0.5 * Math.log(v / (v + n * tauSquared))
                + n * n * tauSquared * d * d / (2 * v * (v + n * tauSquared));
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.logLikelihoodRatio()).isCloseTo(logLambda, within(1e-12));
        assertThat(result.pValue()).isCloseTo(Math.min(1, Math.exp(-logLambda)), within(1e-12));
    }

    @Test
    void sequenceBoundsReachRejectionThreshold() {
        MeanSummary control = new MeanSummary(400, 50.0, 100.0);
        MeanSummary treatment = new MeanSummary(420, 52.0, 120.0);
        double tauSquared = 1.5;

        SequentialResult result = new MixtureSprt(tauSquared).means(control, treatment, SETTINGS);

        double variance = 100.0 / 400 + 120.0 / 420;
        for (double bound : new double[] {result.confidenceSequence().lower(), result.confidenceSequence().upper()}) {
            double gap = 2.0 - bound;
            double lambda = Math.sqrt(variance / (variance + tauSquared))
                    * Math.exp(tauSquared * gap * gap / (2 * variance * (variance + tauSquared)));
            assertThat(lambda).isCloseTo(1 / 0.05, within(1e-8));
        }
    }

    @Test
    void tunedTauSquaredSolvesOptimalityCondition() {
        double alpha = 0.05;
        double plannedVariance = 0.002;

        double tauSquared = MixtureSprt.tauSquaredFor(plannedVariance, alpha);

        double ratio = tauSquared / plannedVariance;
        assertThat(ratio).isCloseTo(2 * Math.log(1 / alpha) + Math.log(1 + ratio), within(1e-10));
        double width = halfWidth(plannedVariance, tauSquared, alpha);
        assertThat(width).isLessThan(halfWidth(plannedVariance, tauSquared * 1.05, alpha));
        assertThat(width).isLessThan(halfWidth(plannedVariance, tauSquared / 1.05, alpha));
    }

    @Test
    void meansNullRejectionStaysBelowAlpha() {
        SeededRandom random = new SeededRandom(20240611L);
        int experiments = 2000;
        int looks = 20;
        int perLook = 50;
        MixtureSprt test = new MixtureSprt(MixtureSprt.tauSquaredFor(2.0 / (looks * perLook), 0.05));
        int sequentialRejections = 0;
        int naiveRejections = 0;

        for (int e = 0; e < experiments; e++) {
            RunningArm control = new RunningArm();
            RunningArm treatment = new RunningArm();
            SequentialMonitor monitor = new SequentialMonitor(test, SETTINGS);
            SequentialResult latest = null;
            boolean naiveRejected = false;
            for (int look = 0; look < looks; look++) {
                for (int i = 0; i < perLook; i++) {
                    control.add(random.nextGaussian());
                    treatment.add(random.nextGaussian());
                }
                latest = monitor.look(control.summary(), treatment.summary());
                naiveRejected |= Math.abs(zStatistic(control.summary(), treatment.summary())) > 1.959964;
            }
            sequentialRejections += latest.rejectNull() ? 1 : 0;
            naiveRejections += naiveRejected ? 1 : 0;
        }

        assertThat((double) sequentialRejections / experiments).isLessThanOrEqualTo(0.05);
        assertThat((double) naiveRejections / experiments).isGreaterThan(0.15);
    }

    @Test
    void proportionsNullRejectionStaysBelowAlpha() {
        SeededRandom random = new SeededRandom(99L);
        int experiments = 1500;
        int looks = 20;
        int perLook = 100;
        double rate = 0.1;
        MixtureSprt test = new MixtureSprt(
                MixtureSprt.tauSquaredFor(2 * rate * (1 - rate) / (looks * perLook), 0.05));
        int rejections = 0;

        for (int e = 0; e < experiments; e++) {
            long controlConversions = 0;
            long treatmentConversions = 0;
            SequentialMonitor monitor = new SequentialMonitor(test, SETTINGS);
            SequentialResult latest = null;
            for (int look = 1; look <= looks; look++) {
                for (int i = 0; i < perLook; i++) {
                    controlConversions += random.nextDouble() < rate ? 1 : 0;
                    treatmentConversions += random.nextDouble() < rate ? 1 : 0;
                }
                long n = (long) look * perLook;
                latest = monitor.look(new ProportionSummary(n, controlConversions),
                        new ProportionSummary(n, treatmentConversions));
            }
            rejections += latest.rejectNull() ? 1 : 0;
        }

        assertThat((double) rejections / experiments).isLessThanOrEqualTo(0.05);
    }

    @Test
    void detectsRealEffectAndCoversIt() {
        SeededRandom random = new SeededRandom(5L);
        int experiments = 300;
        int looks = 20;
        int perLook = 50;
        double effect = 0.25;
        MixtureSprt test = new MixtureSprt(MixtureSprt.tauSquaredFor(2.0 / (looks * perLook), 0.05));
        int detected = 0;
        int missedCoverage = 0;
        int stoppedEarly = 0;

        for (int e = 0; e < experiments; e++) {
            RunningArm control = new RunningArm();
            RunningArm treatment = new RunningArm();
            SequentialMonitor monitor = new SequentialMonitor(test, SETTINGS);
            boolean everMissed = false;
            int firstRejection = -1;
            for (int look = 1; look <= looks; look++) {
                for (int i = 0; i < perLook; i++) {
                    control.add(random.nextGaussian());
                    treatment.add(random.nextGaussian() + effect);
                }
                SequentialResult result = monitor.look(control.summary(), treatment.summary());
                everMissed |= !result.confidenceSequence().contains(effect);
                if (result.rejectNull() && firstRejection < 0) {
                    firstRejection = look;
                }
            }
            detected += firstRejection > 0 ? 1 : 0;
            stoppedEarly += firstRejection > 0 && firstRejection < looks ? 1 : 0;
            missedCoverage += everMissed ? 1 : 0;
        }

        assertThat((double) detected / experiments).isGreaterThan(0.9);
        assertThat(stoppedEarly).isGreaterThan(experiments / 2);
        assertThat((double) missedCoverage / experiments).isLessThanOrEqualTo(0.05);
    }

    @Test
    void monitorKeepsRunningMinimumAndIntersection() {
        MixtureSprt test = new MixtureSprt(0.5);
        SequentialMonitor monitor = new SequentialMonitor(test, SETTINGS);

        SequentialResult first = monitor.look(new MeanSummary(100, 0, 1), new MeanSummary(100, 0.4, 1));
        SequentialResult second = monitor.look(new MeanSummary(200, 0, 1), new MeanSummary(200, 0.05, 1));

        SequentialResult alone = test.means(new MeanSummary(200, 0, 1), new MeanSummary(200, 0.05, 1), SETTINGS);
        assertThat(second.pValue()).isEqualTo(Math.min(first.pValue(), alone.pValue()));
        assertThat(second.confidenceSequence().lower())
                .isEqualTo(Math.max(first.confidenceSequence().lower(), alone.confidenceSequence().lower()));
        assertThat(second.confidenceSequence().upper())
                .isEqualTo(Math.min(first.confidenceSequence().upper(), alone.confidenceSequence().upper()));
        assertThat(monitor.looks()).isEqualTo(2);
    }

    @Test
    void degenerateInputsReturnReasons() {
        MixtureSprt test = new MixtureSprt(0.1);

        SequentialResult empty = test.means(new MeanSummary(0, 0, 0), new MeanSummary(10, 1, 1), SETTINGS);
        SequentialResult flat = test.proportions(new ProportionSummary(50, 0), new ProportionSummary(50, 0), SETTINGS);
        SequentialResult oneSided = test.means(new MeanSummary(10, 0, 1), new MeanSummary(10, 1, 1),
                new TestSettings(0.05, Alternative.GREATER));

        assertThat(empty.status()).isEqualTo(Status.DEGENERATE);
        assertThat(empty.reason()).contains("control arm has n = 0");
        assertThat(flat.status()).isEqualTo(Status.DEGENERATE);
        assertThat(flat.pValue()).isNull();
        assertThat(oneSided.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(oneSided.reason()).contains("two-sided");
    }

    @Test
    void rejectsNonPositiveTauSquared() {
        assertThatThrownBy(() -> new MixtureSprt(0)).hasMessageContaining("tau^2 must be finite and > 0");
    }

    private static double halfWidth(double variance, double tauSquared, double alpha) {
        double spread = variance + tauSquared;
        return Math.sqrt(2 * variance * spread / tauSquared * (Math.log(1 / alpha) + 0.5 * Math.log(spread / variance)));
    }

    private static double zStatistic(MeanSummary control, MeanSummary treatment) {
        return (treatment.mean() - control.mean()) / Math.sqrt(control.varianceOfMean() + treatment.varianceOfMean());
    }

    /** Welford running mean and variance of one arm. */
    private static final class RunningArm {
        private long n;
        private double mean;
        private double squares;

        void add(double value) {
            n++;
            double delta = value - mean;
            mean += delta / n;
            squares += delta * (value - mean);
        }

        MeanSummary summary() {
            return new MeanSummary(n, mean, n < 2 ? 0 : squares / (n - 1));
        }
    }

    /** Seeded uniform and Gaussian draws that do not depend on the JDK's nextGaussian algorithm. */
    private static final class SeededRandom {
        private final java.util.SplittableRandom random;

        SeededRandom(long seed) {
            random = new java.util.SplittableRandom(seed);
        }

        double nextDouble() {
            return random.nextDouble();
        }

        double nextGaussian() {
            // Box-Muller transform of two uniforms.
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }
    }
}
