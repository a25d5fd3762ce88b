package io.idem.statistics.bayesian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import java.util.stream.Stream;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BetaBinomialModelTest {

    static Stream<Arguments> integerPosteriors() {
        return Stream.of(
                Arguments.of(100, 50, 100, 30),
                Arguments.of(100, 30, 100, 50),
                Arguments.of(10, 0, 10, 1),
                Arguments.of(200, 12, 180, 19),
                Arguments.of(1000, 100, 1000, 120),
                Arguments.of(20000, 1000, 20000, 1080),
                Arguments.of(7, 7, 9, 2));
    }

    @ParameterizedTest
    @MethodSource("integerPosteriors")
    void chanceToBeatControlMatchesEvanMillerSum(int controlN, int controlConversions, int treatmentN,
            int treatmentConversions) {
        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(controlN, controlConversions),
                new ProportionSummary(treatmentN, treatmentConversions), BetaPrior.uniform(), 0.05);

        double controlAlpha = 1 + controlConversions;
        double controlBeta = 1 + controlN - controlConversions;
        double treatmentAlpha = 1 + treatmentConversions;
        double treatmentBeta = 1 + treatmentN - treatmentConversions;
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.chanceToBeatControl()).isCloseTo(
                probabilityBBeatsA(controlAlpha, controlBeta, treatmentAlpha, treatmentBeta), within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("integerPosteriors")
    void risksMatchClosedFormLoss(int controlN, int controlConversions, int treatmentN, int treatmentConversions) {
        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(controlN, controlConversions),
                new ProportionSummary(treatmentN, treatmentConversions), BetaPrior.uniform(), 0.05);

        double a = 1 + controlConversions;
        double b = 1 + controlN - controlConversions;
        double c = 1 + treatmentConversions;
        double d = 1 + treatmentN - treatmentConversions;
        assertThat(result.treatmentRisk()).isCloseTo(expectedExcess(a, b, c, d), within(1e-9));
        assertThat(result.controlRisk()).isCloseTo(expectedExcess(c, d, a, b), within(1e-9));
    }

    @Test
    void informativePriorShiftsBothPosteriors() {
        BetaPrior prior = new BetaPrior(3, 17);

        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(50, 6),
                new ProportionSummary(50, 11), prior, 0.05);

        assertThat(result.control().mean()).isCloseTo(9.0 / 70, within(1e-12));
        assertThat(result.chanceToBeatControl()).isCloseTo(probabilityBBeatsA(9, 61, 14, 56), within(1e-9));
    }

    @Test
    void priorShapeBelowOneIsIntegratedExactly() {
        // Beta(1, 0.5) prior: 10 of 10 gives Beta(11, 0.5), whose density is unbounded at 1.
        BetaPrior prior = new BetaPrior(1, 0.5);

        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(10, 10),
                new ProportionSummary(10, 8), prior, 0.05);

        assertThat(result.chanceToBeatControl()).isCloseTo(probabilityBBeatsA(11, 0.5, 9, 2.5), within(1e-9));
        assertThat(result.treatmentRisk()).isCloseTo(expectedExcess(11, 0.5, 9, 2.5), within(1e-9));
    }

    @Test
    void identicalArmsUnderJeffreysPriorTieExactly() {
        // Beta(0.5, 10.5) for both arms: the density is unbounded at 0, and symmetry forces 1/2.
        BetaPrior jeffreys = new BetaPrior(0.5, 0.5);

        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(10, 0),
                new ProportionSummary(10, 0), jeffreys, 0.05);

        assertThat(result.chanceToBeatControl()).isCloseTo(0.5, within(1e-9));
        assertThat(result.controlRisk()).isCloseTo(result.treatmentRisk(), within(1e-12));
    }

    @Test
    void jeffreysPriorAgreesWithSeededMonteCarlo() {
        BetaPrior jeffreys = new BetaPrior(0.5, 0.5);
        RandomDataGenerator random = new RandomDataGenerator(20240611L);
        int draws = 400_000;
        int wins = 0;
        double loss = 0;
        for (int i = 0; i < draws; i++) {
            double pc = random.nextBeta(0.5, 40.5);
            double pt = random.nextBeta(2.5, 38.5);
            wins += pt > pc ? 1 : 0;
            loss += Math.max(pc - pt, 0);
        }

        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(40, 0),
                new ProportionSummary(40, 2), jeffreys, 0.05);

        double chance = (double) wins / draws;
        double standardError = Math.sqrt(chance * (1 - chance) / draws);
        assertThat(result.chanceToBeatControl()).isCloseTo(chance, within(4 * standardError));
        assertThat(result.treatmentRisk()).isCloseTo(loss / draws, within(2e-5));
    }

    @Test
    void riskDifferenceEqualsDifferenceOfMeans() {
        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(300, 45),
                new ProportionSummary(310, 52), BetaPrior.uniform(), 0.05);

        assertThat(result.controlRisk() - result.treatmentRisk())
                .isCloseTo(result.treatment().mean() - result.control().mean(), within(1e-10));
    }

    @Test
    void credibleIntervalsAreBetaQuantiles() {
        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(100, 50),
                new ProportionSummary(100, 30), BetaPrior.uniform(), 0.1);

        BetaDistribution treatment = new BetaDistribution(31, 71);
        assertThat(result.treatment().credibleInterval().lower())
                .isCloseTo(treatment.inverseCumulativeProbability(0.05), within(1e-9));
        assertThat(result.treatment().credibleInterval().upper())
                .isCloseTo(treatment.inverseCumulativeProbability(0.95), within(1e-9));
        assertThat(result.treatment().standardDeviation())
                .isCloseTo(Math.sqrt(31.0 * 71 / (102.0 * 102 * 103)), within(1e-12));
    }

    @Test
    void emptyArmUsesPriorAndIsFlagged() {
        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(0, 0),
                new ProportionSummary(0, 0), BetaPrior.uniform(), 0.05);

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.reason()).contains("control arm has n = 0").contains("treatment arm has n = 0");
        assertThat(result.chanceToBeatControl()).isCloseTo(0.5, within(1e-9));
        assertThat(result.treatmentRisk()).isCloseTo(1.0 / 6, within(1e-9));
    }

    @Test
    void invalidAlphaIsReported() {
        BayesianResult result = BetaBinomialModel.compare(new ProportionSummary(10, 1),
                new ProportionSummary(10, 2), BetaPrior.uniform(), 1.5);

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("1.5");
    }

    /**
     * Evan Miller, "Formulas for Bayesian A/B Testing" (2015): for an integer alpha_B,
     * P(p_B > p_A) = sum_{i=0}^{alpha_B - 1} B(alpha_A + i, beta_A + beta_B) /
     * ((beta_B + i) B(1 + i, beta_B) B(alpha_A, beta_A)).
     */
    private static double probabilityBBeatsA(double alphaA, double betaA, double alphaB, double betaB) {
        double total = 0;
        for (int i = 0; i < alphaB; i++) {
            total += Math.exp(Beta.logBeta(alphaA + i, betaA + betaB) - Math.log(betaB + i)
                    - Beta.logBeta(1 + i, betaB) - Beta.logBeta(alphaA, betaA));
        }
        return total;
    }

    /**
     * E[max(p_A - p_B, 0)] = E[p_A 1{p_A > p_B}] - E[p_B 1{p_A > p_B}]. Since x f_{a,b}(x) = a/(a+b) f_{a+1,b}(x),
     * both terms are probabilities of the Evan Miller form with one parameter raised by 1 (Chris Stucchio,
     * "A Bayesian decision rule for A/B testing", 2014, derives the same loss).
     */
    private static double expectedExcess(double alphaA, double betaA, double alphaB, double betaB) {
        double first = alphaA / (alphaA + betaA) * (1 - probabilityBBeatsA(alphaA + 1, betaA, alphaB, betaB));
        double second = alphaB / (alphaB + betaB) * (1 - probabilityBBeatsA(alphaA, betaA, alphaB + 1, betaB));
        return first - second;
    }
}
