package io.idem.statistics.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

class ProportionPowerTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    @Test
    void reproducesRPowerPropTestSampleSize() {
        // R: power.prop.test(p1 = .50, p2 = .75, power = .90) reports n = 76.7 per group.
        PowerResult result = ProportionPower.sampleSize(0.5, 0.25, false,
                new PowerSettings(0.05, 0.9, Alternative.TWO_SIDED, 1));

        double pooled = 0.625;
        double root = NORMAL.inverseCumulativeProbability(0.975) * Math.sqrt(2 * pooled * (1 - pooled))
                + NORMAL.inverseCumulativeProbability(0.9) * Math.sqrt(0.5 * 0.5 + 0.75 * 0.25);
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.exactControlN()).isCloseTo(76.7, within(0.05));
        assertThat(result.exactControlN()).isCloseTo(root * root / 0.0625, within(1e-9));
        assertThat(result.controlN()).isEqualTo(77);
        assertThat(result.treatmentN()).isEqualTo(77);
    }

    @Test
    void reproducesRPowerPropTestPower() {
        // R: power.prop.test(n = 50, p1 = .50, p2 = .75) reports power = 0.7401659.
        PowerResult result = ProportionPower.power(0.5, 0.25, false, 50, 50, 0.05, Alternative.TWO_SIDED);

        assertThat(result.power()).isCloseTo(0.7401659, within(5e-8));
    }

    @Test
    void roundedSizeIsSmallestReachingTarget() {
        PowerSettings settings = new PowerSettings(0.05, 0.8, Alternative.TWO_SIDED, 1);

        PowerResult result = ProportionPower.sampleSize(0.08, 0.25, true, settings);

        long n = result.controlN();
        assertThat(result.absoluteEffect()).isCloseTo(0.02, within(1e-15));
        assertThat(result.power()).isGreaterThanOrEqualTo(0.8);
        assertThat(ProportionPower.power(0.08, 0.02, false, n - 1, n - 1, 0.05, Alternative.TWO_SIDED).power())
                .isLessThan(0.8);
    }

    @Test
    void unequalAllocationHitsTargetAtExactSize() {
        PowerSettings settings = new PowerSettings(0.01, 0.9, Alternative.GREATER, 3);

        PowerResult result = ProportionPower.sampleSize(0.2, 0.03, false, settings);

        double exact = result.exactControlN();
        double pc = 0.2;
        double pt = 0.23;
        double pooled = (exact * pc + 3 * exact * pt) / (4 * exact);
        double nullError = Math.sqrt(pooled * (1 - pooled) * (1 / exact + 1 / (3 * exact)));
        double alternativeError = Math.sqrt(pc * (1 - pc) / exact + pt * (1 - pt) / (3 * exact));
        double power = NORMAL.cumulativeProbability(
                (0.03 - NORMAL.inverseCumulativeProbability(0.99) * nullError) / alternativeError);
        assertThat(power).isCloseTo(0.9, within(1e-10));
        assertThat(result.treatmentN()).isEqualTo((long) Math.ceil(3 * exact));
    }

    @Test
    void effectOutsideUnitIntervalIsInvalid() {
        PowerResult result = ProportionPower.sampleSize(0.95, 0.1, false,
                new PowerSettings(0.05, 0.8, Alternative.TWO_SIDED, 1));

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("outside (0, 1)");
        assertThat(result.controlN()).isNull();
    }

    @Test
    void effectAgainstOneSidedAlternativeIsInvalid() {
        PowerResult result = ProportionPower.sampleSize(0.3, -0.05, false,
                new PowerSettings(0.05, 0.8, Alternative.GREATER, 1));

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("points against the alternative greater");
    }
}
