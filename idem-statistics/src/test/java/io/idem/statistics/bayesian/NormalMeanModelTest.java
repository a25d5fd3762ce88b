package io.idem.statistics.bayesian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.Status;
import org.hipparchus.analysis.integration.RombergIntegrator;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalMeanModelTest {

    @Test
    void chanceIsNormalTailOfDifference() {
        MeanSummary control = new MeanSummary(400, 52.0, 900.0);
        MeanSummary treatment = new MeanSummary(380, 56.5, 1100.0);

        BayesianResult result = NormalMeanModel.compare(control, treatment, 0.05);

        double sigma = Math.sqrt(900.0 / 400 + 1100.0 / 380);
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.chanceToBeatControl())
                .isCloseTo(new NormalDistribution(0, 1).cumulativeProbability(4.5 / sigma), within(1e-12));
    }

    @Test
    void risksMatchNumericalIntegration() {
        MeanSummary control = new MeanSummary(400, 52.0, 900.0);
        MeanSummary treatment = new MeanSummary(380, 50.5, 1100.0);

        BayesianResult result = NormalMeanModel.compare(control, treatment, 0.05);

        double mean = -1.5;
        double sigma = Math.sqrt(900.0 / 400 + 1100.0 / 380);
        NormalDistribution difference = new NormalDistribution(mean, sigma);
        RombergIntegrator integrator = new RombergIntegrator(1e-12, 1e-14, 3, 30);
        double lossOfTreatment = integrator.integrate(10_000_000,
                x -> Math.max(-x, 0) * difference.density(x), mean - 14 * sigma, 0);
        double lossOfControl = integrator.integrate(10_000_000,
                x -> Math.max(x, 0) * difference.density(x), 0, mean + 14 * sigma);
        assertThat(result.treatmentRisk()).isCloseTo(lossOfTreatment, within(1e-9));
        assertThat(result.controlRisk()).isCloseTo(lossOfControl, within(1e-9));
    }

    @Test
    void credibleIntervalUsesStandardErrorOfMean() {
        BayesianResult result = NormalMeanModel.compare(new MeanSummary(100, 10, 25), new MeanSummary(100, 11, 36),
                0.05);

        double q = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);
        assertThat(result.control().standardDeviation()).isCloseTo(0.5, within(1e-12));
        assertThat(result.control().credibleInterval().lower()).isCloseTo(10 - q * 0.5, within(1e-12));
    }

    @Test
    void singleAccountArmIsDegenerate() {
        BayesianResult result = NormalMeanModel.compare(new MeanSummary(1, 10, 0), new MeanSummary(10, 11, 4), 0.05);

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("control arm has n = 1");
        assertThat(result.chanceToBeatControl()).isNull();
    }

    @Test
    void zeroVarianceInBothArmsIsDegenerate() {
        BayesianResult result = NormalMeanModel.compare(new MeanSummary(10, 10, 0), new MeanSummary(10, 11, 0), 0.05);

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("zero variance");
    }
}
