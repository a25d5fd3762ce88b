package io.idem.propensity.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RocAucTest {

    @Test
    void handExampleGivesThreeQuarters() {
        // Pairs (positive, negative): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes: 3 of 4.
        double[] scores = {0.1, 0.4, 0.35, 0.8};
        boolean[] labels = {false, false, true, true};

        assertThat(RocAuc.compute(scores, labels).value()).isEqualTo(0.75);
    }

    @Test
    void tiedPairsCountHalf() {
        double[] scores = {0.5, 0.5, 0.5, 0.9};
        boolean[] labels = {true, false, false, true};

        // Positive 0.5 ties both negatives (1/2 + 1/2), positive 0.9 beats both (2): 3 of 4 pairs.
        assertThat(RocAuc.compute(scores, labels).value()).isEqualTo(0.75);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void matchesBruteForcePairCountWithTies(long seed) {
        Well19937c random = new Well19937c(seed);
        int n = 400;
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextDouble() < 0.3;
            // Scores on a coarse grid, so that many positive-negative pairs tie.
            scores[i] = Math.round((random.nextDouble() + (labels[i] ? 0.3 : 0.0)) * 10) / 10.0;
        }

        assertThat(RocAuc.compute(scores, labels).value()).isCloseTo(bruteForce(scores, labels), within(1e-12));
    }

    @Test
    void singleClassIsUnavailableWithReason() {
        MetricValue auc = RocAuc.compute(new double[] {0.2, 0.4}, new boolean[] {true, true});

        assertThat(auc.value()).isNull();
        assertThat(auc.reason()).contains("both classes").contains("2 positives").contains("0 negatives");
    }

    @Test
    void rejectsNaNScore() {
        assertThatThrownBy(() -> RocAuc.compute(new double[] {Double.NaN, 0.4}, new boolean[] {true, false}))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void rejectsUnequalLengths() {
        assertThatThrownBy(() -> RocAuc.compute(new double[] {0.1}, new boolean[] {true, false}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 scores but 2 labels");
    }

    /** Counts positive-negative pairs ranked correctly, ties counting one half. */
    private static double bruteForce(double[] scores, boolean[] labels) {
        double wins = 0;
        long pairs = 0;
        for (int p = 0; p < scores.length; p++) {
            if (!labels[p]) {
                continue;
            }
            for (int q = 0; q < scores.length; q++) {
                if (labels[q]) {
                    continue;
                }
                pairs++;
                if (scores[p] > scores[q]) {
                    wins += 1.0;
                } else if (scores[p] == scores[q]) {
                    wins += 0.5;
                }
            }
        }
        return wins / pairs;
    }
}
