package io.idem.lifetimevalue.noncontractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BetaGeometricNbdTest {
    /** Published CDNOW fit of Fader, Hardie and Lee (2005). */
    private static final BetaGeometricNbd PUBLISHED = new BetaGeometricNbd(0.243, 4.414, 0.793, 2.426);

    private static final int MAX_COUNT = 3000;

    /**
     * P(X(t) = x) for x = 0 .. MAX_COUNT - 1 from FHL 2005 equation (8), written out in its product form. The first
     * term is the NBD count of a customer still active at t. The second is the chance of dropping out right after
     * the x-th purchase, B(a+1, b+x-1)/B(a, b) times P(NBD count &ge; x).
     */
    private static double[] countDistribution(double r, double alpha, double a, double b, double t) {
        double logBetaAB = Beta.logBeta(a, b);
        double[] probabilities = new double[MAX_COUNT];
        double nbdBelow = 0;
        for (int x = 0; x < MAX_COUNT; x++) {
            double nbd = Math.exp(Gamma.logGamma(r + x) - Gamma.logGamma(r) - Gamma.logGamma(x + 1.0)
                    + r * Math.log(alpha / (alpha + t)) + x * Math.log(t / (alpha + t)));
            probabilities[x] = Math.exp(Beta.logBeta(a, b + x) - logBetaAB) * nbd;
            if (x > 0) {
                probabilities[x] += Math.exp(Beta.logBeta(a + 1, b + x - 1) - logBetaAB) * (1 - nbdBelow);
            }
            nbdBelow += nbd;
        }
        return probabilities;
    }

    /** E[X(t)] as the mean of the count distribution, without the hypergeometric function. */
    private static double meanOfCounts(double r, double alpha, double a, double b, double t) {
        double[] probabilities = countDistribution(r, alpha, a, b, t);
        double mean = 0;
        for (int x = 1; x < MAX_COUNT; x++) {
            mean += x * probabilities[x];
        }
        return mean;
    }

    @Test
    void countProbabilitiesSumToOne() {
        double total = 0;
        for (double probability : countDistribution(0.243, 4.414, 0.793, 2.426, 39)) {
            total += probability;
        }

        assertThat(total).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"1", "10", "39", "78", "200"})
    void expectedTransactionsMatchesMeanOfCounts(double t) {
        assertThat(PUBLISHED.expectedTransactions(t))
                .isCloseTo(meanOfCounts(0.243, 4.414, 0.793, 2.426, t), within(1e-8));
    }

    @Test
    void expectedTransactionsStartsAtZeroAndRises() {
        assertThat(PUBLISHED.expectedTransactions(0)).isZero();
        for (double t = 1; t < 100; t += 7) {
            assertThat(PUBLISHED.expectedTransactions(t + 7)).isGreaterThan(PUBLISHED.expectedTransactions(t));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2, 30.43, 38.86, 39",
        "0, 0, 38.86, 39",
        "1, 1.5714, 38.714, 52",
        "10, 35.43, 38.29, 10",
        "7, 5.0, 38.0, 39"
    })
    void conditionalExpectationMatchesUpdatedPopulation(int x, double recency, double age, double t) {
        // FHL 2005 equation (10) is P(alive) times the unconditional mean of a population with r + x, alpha + T,
        // a and b + x: the posterior of an active customer's purchase rate and dropout probability.
        CustomerSummary customer = new CustomerSummary("c", x, recency, age, x == 0 ? 0 : 10);
        double expected = PUBLISHED.probabilityAlive(customer)
                * meanOfCounts(0.243 + x, 4.414 + age, 0.793, 2.426 + x, t);

        assertThat(PUBLISHED.conditionalExpectedTransactions(t, customer)).isCloseTo(expected, within(1e-8));
    }

    @Test
    void conditionalExpectationMatchesHardieSpreadsheet() {
        // Hardie's BG/NBD spreadsheet gives 1.226 expected purchases in weeks 40-78 for CDNOW customer 0001.
        CustomerSummary customer = new CustomerSummary("0001", 2, 30.43, 38.86, 22.345);

        assertThat(PUBLISHED.conditionalExpectedTransactions(39, customer)).isCloseTo(1.226, within(0.0005));
    }

    @ParameterizedTest
    @CsvSource({"1, 1.0, 38.86", "2, 30.43, 38.86", "5, 10.0, 38.0", "20, 37.0, 38.0"})
    void probabilityAliveIsShareOfActiveLikelihood(int x, double recency, double age) {
        // Ratio of the "still active at T" term of the likelihood to the whole likelihood.
        double common = Gamma.logGamma(0.243 + x) - Gamma.logGamma(0.243) + 0.243 * Math.log(4.414);
        double active = Math.exp(common + Beta.logBeta(0.793, 2.426 + x) - Beta.logBeta(0.793, 2.426)
                - (0.243 + x) * Math.log(4.414 + age));
        double inactive = Math.exp(common + Beta.logBeta(1.793, 2.426 + x - 1) - Beta.logBeta(0.793, 2.426)
                - (0.243 + x) * Math.log(4.414 + recency));
        CustomerSummary customer = new CustomerSummary("c", x, recency, age, 1.0);

        assertThat(PUBLISHED.probabilityAlive(customer)).isCloseTo(active / (active + inactive), within(1e-12));
        assertThat(PUBLISHED.logLikelihood(customer)).isCloseTo(Math.log(active + inactive), within(1e-10));
    }

    @Test
    void customerWithoutRepeatsIsAlive() {
        CustomerSummary customer = new CustomerSummary("c", 0, 0, 38.86, 0);

        assertThat(PUBLISHED.probabilityAlive(customer)).isEqualTo(1.0);
    }

    @Test
    void recentBuyerMoreLikelyAlive() {
        CustomerSummary recent = new CustomerSummary("recent", 5, 38.0, 38.86, 1.0);
        CustomerSummary lapsed = new CustomerSummary("lapsed", 5, 5.0, 38.86, 1.0);

        assertThat(PUBLISHED.probabilityAlive(recent)).isGreaterThan(PUBLISHED.probabilityAlive(lapsed));
    }
}
