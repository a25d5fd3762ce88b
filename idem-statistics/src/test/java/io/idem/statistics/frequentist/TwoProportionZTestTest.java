package io.idem.statistics.frequentist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.Alternative;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestResult;
import io.idem.statistics.TestSettings;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    @Test
    void reproducesPublishedCheckValue() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(100, 50), new ProportionSummary(100, 30),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.statistic()).isCloseTo(-2.886751, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.0038924, within(1e-7));
        assertThat(result.absoluteEffect().estimate()).isCloseTo(-0.2, within(1e-12));
        assertThat(result.absoluteEffect().interval().lower()).isCloseTo(-0.3329, within(1e-4));
        assertThat(result.absoluteEffect().interval().upper()).isCloseTo(-0.0671, within(1e-4));
    }

    @Test
    void swappedArmsFlipTheSign() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(100, 30), new ProportionSummary(100, 50),
                TestSettings.defaults());

        assertThat(result.statistic()).isCloseTo(2.886751, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.0038924, within(1e-7));
        assertThat(result.absoluteEffect().interval().lower()).isCloseTo(0.0671, within(1e-4));
    }

    @Test
    void matchesHandComputationWithUnequalArms() {
        long controlN = 1234;
        long controlConversions = 187;
        long treatmentN = 987;
        long treatmentConversions = 171;

        TestResult result = TwoProportionZTest.test(new ProportionSummary(controlN, controlConversions),
                new ProportionSummary(treatmentN, treatmentConversions), TestSettings.defaults());

        double pc = 187.0 / 1234;
        double pt = 171.0 / 987;
        double pooled = (187.0 + 171) / (1234 + 987);
        double z = (pt - pc) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 1234 + 1.0 / 987));
        double p = 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
        double wald = Math.sqrt(pc * (1 - pc) / 1234 + pt * (1 - pt) / 987);
        double q = NORMAL.inverseCumulativeProbability(0.975);
        assertThat(result.statistic()).isCloseTo(z, within(1e-12));
        assertThat(result.pValue()).isCloseTo(p, within(1e-12));
        assertThat(result.absoluteEffect().interval().lower()).isCloseTo(pt - pc - q * wald, within(1e-12));
        assertThat(result.absoluteEffect().interval().upper()).isCloseTo(pt - pc + q * wald, within(1e-12));
    }

    @Test
    void squaredStatisticEqualsPearsonChiSquare() {
        long[][] table = {{50, 50}, {30, 70}};

        TestResult result = TwoProportionZTest.test(new ProportionSummary(100, 50), new ProportionSummary(100, 30),
                TestSettings.defaults());

        ChiSquareTest chiSquare = new ChiSquareTest();
        assertThat(result.statistic() * result.statistic()).isCloseTo(chiSquare.chiSquare(table), within(1e-10));
        assertThat(result.pValue()).isCloseTo(chiSquare.chiSquareTest(table), within(1e-10));
    }

    @Test
    void relativeLiftUsesDeltaMethodVariance() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(400, 60), new ProportionSummary(380, 76),
                new TestSettings(0.1, Alternative.TWO_SIDED));

        double pc = 60.0 / 400;
        double pt = 76.0 / 380;
        double varianceControl = pc * (1 - pc) / 400;
        double varianceTreatment = pt * (1 - pt) / 380;
        double variance = varianceTreatment / (pc * pc) + pt * pt * varianceControl / Math.pow(pc, 4);
        double q = NORMAL.inverseCumulativeProbability(0.95);
        assertThat(result.relativeEffect().estimate()).isCloseTo(pt / pc - 1, within(1e-12));
        assertThat(result.relativeEffect().standardError()).isCloseTo(Math.sqrt(variance), within(1e-12));
        assertThat(result.relativeEffect().interval().lower())
                .isCloseTo(pt / pc - 1 - q * Math.sqrt(variance), within(1e-12));
    }

    @Test
    void oneSidedAlternativesUseOneTail() {
        ProportionSummary control = new ProportionSummary(500, 40);
        ProportionSummary treatment = new ProportionSummary(500, 58);

        TestResult greater = TwoProportionZTest.test(control, treatment, new TestSettings(0.05, Alternative.GREATER));
        TestResult less = TwoProportionZTest.test(control, treatment, new TestSettings(0.05, Alternative.LESS));

        double z = greater.statistic();
        double q = NORMAL.inverseCumulativeProbability(0.95);
        double estimate = greater.absoluteEffect().estimate();
        double error = greater.absoluteEffect().standardError();
        assertThat(greater.pValue()).isCloseTo(1 - NORMAL.cumulativeProbability(z), within(1e-12));
        assertThat(less.pValue()).isCloseTo(NORMAL.cumulativeProbability(z), within(1e-12));
        assertThat(greater.absoluteEffect().interval().lower()).isCloseTo(estimate - q * error, within(1e-12));
        assertThat(greater.absoluteEffect().interval().upper()).isInfinite();
        assertThat(less.absoluteEffect().interval().lower()).isInfinite();
        assertThat(less.absoluteEffect().interval().upper()).isCloseTo(estimate + q * error, within(1e-12));
    }

    @Test
    void noConversionsInEitherArmIsDegenerate() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(100, 0), new ProportionSummary(120, 0),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("no conversions");
        assertThat(result.statistic()).isNull();
        assertThat(result.pValue()).isNull();
        assertThat(result.controlEstimate()).isEqualTo(0.0);
    }

    @Test
    void allConversionsInBothArmsIsDegenerate() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(10, 10), new ProportionSummary(12, 12),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("every account converted");
        assertThat(result.pValue()).isNull();
    }

    @Test
    void emptyArmIsDegenerate() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(100, 10), new ProportionSummary(0, 0),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("treatment arm has n = 0");
        assertThat(result.controlEstimate()).isEqualTo(0.1);
        assertThat(result.treatmentEstimate()).isNull();
    }

    @Test
    void zeroControlRateLeavesRelativeLiftUndefined() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(100, 0), new ProportionSummary(100, 5),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.relativeEffect()).isNull();
        assertThat(result.reason()).contains("relative lift is undefined");
    }

    @Test
    void opposedCertainRatesGiveZeroWidthWaldInterval() {
        TestResult result = TwoProportionZTest.test(new ProportionSummary(20, 0), new ProportionSummary(20, 20),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.absoluteEffect().standardError()).isZero();
        assertThat(result.reason()).contains("zero width");
    }
}
