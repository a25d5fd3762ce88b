package io.idem.statistics.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

class MeanPowerTest {

    @Test
    void reproducesRPowerTTestPower() {
        // R: power.t.test(n = 20, delta = 1) reports power = 0.8689528.
        PowerResult result = MeanPower.power(0, 1, false, 1, 20, 20, 0.05, Alternative.TWO_SIDED);

        assertThat(result.power()).isCloseTo(0.8689528, within(5e-8));
    }

    @Test
    void reproducesRPowerTTestSampleSizes() {
        // R: power.t.test(power = .90, delta = 1) gives n = 22.02110; with alternative = "one.sided", 17.84713.
        // R's root finder stops at a tolerance of about 1e-4, which bounds the agreement.
        PowerResult twoSided = MeanPower.sampleSize(0, 1, false, 1,
                new PowerSettings(0.05, 0.9, Alternative.TWO_SIDED, 1));
        PowerResult oneSided = MeanPower.sampleSize(0, 1, false, 1,
                new PowerSettings(0.05, 0.9, Alternative.GREATER, 1));

        assertThat(twoSided.exactControlN()).isCloseTo(22.02110, within(1e-4));
        assertThat(twoSided.controlN()).isEqualTo(23);
        assertThat(oneSided.exactControlN()).isCloseTo(17.84713, within(1e-4));
    }

    @Test
    void reproducesGPowerManualExample() {
        // G*Power reference manual, t-test (means) two-tailed: alpha .05, power .9, d = 0.5 gives a total of 172,
        // actual power 0.9032, critical t(170) = 1.9740 and noncentrality 3.2787.
        PowerResult result = MeanPower.sampleSize(0, 0.5, false, 1,
                new PowerSettings(0.05, 0.9, Alternative.TWO_SIDED, 1));

        assertThat(result.totalN()).isEqualTo(172);
        assertThat(result.power()).isCloseTo(0.9032, within(5e-5));
        assertThat(new TDistribution(170).inverseCumulativeProbability(0.975)).isCloseTo(1.9740, within(5e-5));
        assertThat(0.5 / Math.sqrt(2.0 / 86)).isCloseTo(3.2787, within(5e-5));
    }

    @Test
    void reproducesGPowerMediumEffectAtEightyPercent() {
        // G*Power, two independent means, d = 0.5, alpha .05, power .8, allocation 1: 128 accounts in total.
        PowerResult result = MeanPower.sampleSize(0, 0.5, false, 1,
                new PowerSettings(0.05, 0.8, Alternative.TWO_SIDED, 1));

        assertThat(result.totalN()).isEqualTo(128);
        assertThat(MeanPower.power(0, 0.5, false, 1, 63, 63, 0.05, Alternative.TWO_SIDED).power()).isLessThan(0.8);
    }

    @Test
    void zeroEffectGivesSignificanceLevelAsPower() {
        // With no effect the noncentral t is the central t, so P(T > t_crit) = alpha / 2 exactly.
        double critical = new TDistribution(38).inverseCumulativeProbability(0.975);

        double tail = NoncentralT.upperTail(38, 0, critical);

        assertThat(tail).isCloseTo(0.025, within(1e-10));
    }

    @Test
    void largeSamplesApproachNormalFormula() {
        NormalDistribution normal = new NormalDistribution(0, 1);
        long n = 20_000;
        double effect = 0.03;

        PowerResult result = MeanPower.power(0, effect, false, 1, n, n, 0.05, Alternative.TWO_SIDED);

        double normalPower = normal.cumulativeProbability(
                effect / Math.sqrt(2.0 / n) - normal.inverseCumulativeProbability(0.975));
        assertThat(result.power()).isCloseTo(normalPower, within(1e-4));
    }

    @Test
    void relativeEffectScalesBaseline() {
        PowerResult result = MeanPower.sampleSize(250, 0.1, true, 100,
                new PowerSettings(0.05, 0.8, Alternative.TWO_SIDED, 2));

        assertThat(result.absoluteEffect()).isCloseTo(25, within(1e-12));
        assertThat(result.treatmentN()).isEqualTo((long) Math.ceil(2 * result.exactControlN()));
    }

    @Test
    void smallAllocationRatioKeepsTwoTreatmentAccounts() {
        PowerResult result = MeanPower.sampleSize(0, 3, false, 1,
                new PowerSettings(0.05, 0.8, Alternative.TWO_SIDED, 0.1));

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.treatmentN()).isGreaterThanOrEqualTo(2);
        assertThat(result.power()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void armsBelowTwoAreInvalid() {
        PowerResult result = MeanPower.power(0, 1, false, 1, 1, 5, 0.05, Alternative.TWO_SIDED);

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("at least 2 accounts");
    }

    @Test
    void nonPositiveStandardDeviationIsInvalid() {
        PowerResult result = MeanPower.sampleSize(0, 1, false, 0, new PowerSettings(0.05, 0.8,
                Alternative.TWO_SIDED, 1));

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("standard deviation");
    }
}
