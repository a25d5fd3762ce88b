package io.idem.statistics.frequentist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.Alternative;
import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestResult;
import io.idem.statistics.TestSettings;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.Variance;
import org.hipparchus.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class WelchTTestTest {

    /**
     * Student's sleep data (R dataset {@code sleep}): extra hours of sleep under drug 1 and drug 2.
     * R's {@code t.test(extra ~ group, data = sleep)} prints t = -1.8608, df = 17.776, p-value = 0.07939 and
     * the 95 percent interval -3.3654832 0.2054832 for group 1 minus group 2.
     */
    private static final double[] DRUG_ONE = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] DRUG_TWO = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void reproducesRSleepExample() {
        TestResult result = WelchTTest.test(summarise(DRUG_TWO), summarise(DRUG_ONE), TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.statistic()).isCloseTo(-1.8608, within(5e-5));
        assertThat(result.degreesOfFreedom()).isCloseTo(17.776, within(5e-4));
        assertThat(result.pValue()).isCloseTo(0.07939, within(5e-6));
        assertThat(result.absoluteEffect().interval().lower()).isCloseTo(-3.3654832, within(5e-8));
        assertThat(result.absoluteEffect().interval().upper()).isCloseTo(0.2054832, within(5e-8));
    }

    @Test
    void agreesWithHipparchusTTestOnRawData() {
        TestResult result = WelchTTest.test(summarise(DRUG_TWO), summarise(DRUG_ONE), TestSettings.defaults());

        TTest reference = new TTest();
        assertThat(result.statistic()).isCloseTo(reference.t(DRUG_ONE, DRUG_TWO), within(1e-12));
        assertThat(result.pValue()).isCloseTo(reference.tTest(DRUG_ONE, DRUG_TWO), within(1e-10));
    }

    @Test
    void matchesHandComputationWithUnequalArms() {
        MeanSummary control = new MeanSummary(40, 120.0, 900.0);
        MeanSummary treatment = new MeanSummary(25, 135.0, 2500.0);

        TestResult result = WelchTTest.test(control, treatment, new TestSettings(0.1, Alternative.TWO_SIDED));

        double a = 900.0 / 40;
        double b = 2500.0 / 25;
        double se = Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / 39 + b * b / 24);
        TDistribution t = new TDistribution(df);
        double statistic = 15 / se;
        double q = t.inverseCumulativeProbability(0.95);
        double relativeSe = Math.sqrt(b / (120.0 * 120.0) + 135.0 * 135.0 * a / Math.pow(120.0, 4));
        assertThat(result.degreesOfFreedom()).isCloseTo(df, within(1e-10));
        assertThat(result.statistic()).isCloseTo(statistic, within(1e-12));
        assertThat(result.pValue()).isCloseTo(2 * (1 - t.cumulativeProbability(statistic)), within(1e-10));
        assertThat(result.absoluteEffect().interval().lower()).isCloseTo(15 - q * se, within(1e-10));
        assertThat(result.relativeEffect().estimate()).isCloseTo(0.125, within(1e-12));
        assertThat(result.relativeEffect().interval().upper()).isCloseTo(0.125 + q * relativeSe, within(1e-10));
    }

    @Test
    void oneSidedPValuesSplitTheTwoSidedOne() {
        MeanSummary control = summarise(DRUG_TWO);
        MeanSummary treatment = summarise(DRUG_ONE);

        double twoSided = WelchTTest.test(control, treatment, TestSettings.defaults()).pValue();
        double less = WelchTTest.test(control, treatment, new TestSettings(0.05, Alternative.LESS)).pValue();
        double greater = WelchTTest.test(control, treatment, new TestSettings(0.05, Alternative.GREATER)).pValue();

        assertThat(less).isCloseTo(twoSided / 2, within(1e-12));
        assertThat(greater).isCloseTo(1 - twoSided / 2, within(1e-12));
    }

    @Test
    void singleAccountArmIsDegenerate() {
        TestResult result = WelchTTest.test(new MeanSummary(1, 10, 0), new MeanSummary(30, 12, 4),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("control arm has n = 1");
        assertThat(result.controlEstimate()).isEqualTo(10.0);
        assertThat(result.pValue()).isNull();
    }

    @Test
    void emptyArmIsDegenerate() {
        TestResult result = WelchTTest.test(new MeanSummary(30, 10, 4), new MeanSummary(0, 0, 0),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("treatment arm has n = 0");
        assertThat(result.treatmentEstimate()).isNull();
    }

    @Test
    void zeroVarianceInBothArmsIsDegenerate() {
        TestResult result = WelchTTest.test(new MeanSummary(30, 10, 0), new MeanSummary(30, 12, 0),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("zero variance");
        assertThat(result.statistic()).isNull();
    }

    @Test
    void oneFlatArmKeepsOtherDegreesOfFreedom() {
        TestResult result = WelchTTest.test(new MeanSummary(30, 10, 0), new MeanSummary(12, 12, 9),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.degreesOfFreedom()).isCloseTo(11.0, within(1e-12));
    }

    @Test
    void zeroControlMeanLeavesRelativeLiftUndefined() {
        TestResult result = WelchTTest.test(new MeanSummary(30, 0, 4), new MeanSummary(30, 1, 4),
                TestSettings.defaults());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.relativeEffect()).isNull();
        assertThat(result.reason()).contains("relative lift is undefined");
    }

    private static MeanSummary summarise(double[] values) {
        return new MeanSummary(values.length, new Mean().evaluate(values), new Variance().evaluate(values));
    }
}
