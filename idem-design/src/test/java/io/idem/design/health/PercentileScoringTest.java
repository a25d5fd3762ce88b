package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.identify.AccountFrame;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Percentile scoring against a count. Take n present values in a peer group, and a value with L
 * values below it and E values equal to it, itself included. It ranks 100 × (L + (E - 1) / 2) /
 * (n - 1), which is the average-rank definition rewritten, and 50 in a group of one.
 */
class PercentileScoringTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("amber", 40), new HealthBand("red", 0));

    @Test
    void tiesShareTheirAverageRank() {
        AccountFrame frame = frame(new Double[] {20.0, 10.0, 40.0, 20.0}, null);

        List<HealthScore> scores = HealthScorer.score(model(false, null, MissingPolicy.EXCLUDE), frame);

        // Ranks 2.5, 1, 4, 2.5 of 4: (r - 1) / 3 gives 50, 0, 100, 50.
        assertThat(scores).extracting(HealthScore::score).containsExactly(50.0, 0.0, 100.0, 50.0);
    }

    @Test
    void lowerIsBetterMirrorsTheRank() {
        AccountFrame frame = frame(new Double[] {20.0, 10.0, 40.0, 30.0}, null);

        List<HealthScore> scores = HealthScorer.score(model(true, null, MissingPolicy.EXCLUDE), frame);

        assertThat(scores).extracting(HealthScore::score)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(100.0 - 100.0 / 3, 100.0, 0.0, 100.0 / 3);
    }

    @Test
    void peerGroupsRankSeparately() {
        AccountFrame frame = frame(new Double[] {5.0, 50.0, 7.0, 70.0, 60.0}, new Object[] {"Basic", "Pro", "Basic", "Pro", "Pro"});

        List<HealthScore> scores = HealthScorer.score(model(false, "plan", MissingPolicy.EXCLUDE), frame);

        // Basic: 5 < 7. Pro: 50 < 60 < 70. Across all accounts 50 would rank above both Basic values.
        assertThat(scores).extracting(HealthScore::score).containsExactly(0.0, 0.0, 100.0, 100.0, 50.0);
        assertThat(scores).extracting(HealthScore::peerGroup).containsExactly("Basic", "Pro", "Basic", "Pro", "Pro");
    }

    @Test
    void missingValuesAreLeftOutOfTheRanking() {
        AccountFrame frame = frame(new Double[] {3.0, null, 1.0, Double.NaN}, null);

        List<HealthScore> scores = HealthScorer.score(model(false, null, MissingPolicy.NEUTRAL), frame);

        // Two values rank 0 and 100; the missing and NaN values take the neutral 50 and do not count as peers.
        assertThat(scores).extracting(HealthScore::score).containsExactly(100.0, 50.0, 0.0, 50.0);
        assertThat(scores.get(1).measures().get(0).appliedPolicy()).isEqualTo(MissingPolicy.NEUTRAL);
        assertThat(scores.get(3).measures().get(0).value()).isNull();
    }

    @Test
    void singleValueInItsGroupScoresFifty() {
        AccountFrame frame = frame(new Double[] {3.0, 8.0, 9.0}, new Object[] {"Basic", "Pro", "Pro"});

        List<HealthScore> scores = HealthScorer.score(model(false, "plan", MissingPolicy.EXCLUDE), frame);

        assertThat(scores).extracting(HealthScore::score).containsExactly(50.0, 0.0, 100.0);
    }

    @Test
    void missingAndNumericGroupValuesFormGroups() {
        AccountFrame frame = frame(new Double[] {1.0, 2.0, 3.0, 4.0}, new Object[] {null, 3.0, null, 3.0});

        List<HealthScore> scores = HealthScorer.score(model(false, "plan", MissingPolicy.EXCLUDE), frame);

        assertThat(scores).extracting(HealthScore::score).containsExactly(0.0, 0.0, 100.0, 100.0);
        assertThat(scores).extracting(HealthScore::peerGroup).containsExactly(null, "3", null, "3");
    }

    @Property(tries = 200)
    void percentileMatchesCountOfLowerAndEqualValues(@ForAll("values") List<Integer> values, @ForAll @IntRange(min = 1, max = 3) int groups,
                                                     @ForAll boolean lowerIsBetter) {
        Double[] column = new Double[values.size()];
        Object[] plans = new Object[values.size()];
        for (int i = 0; i < values.size(); i++) {
            column[i] = values.get(i) == null ? null : values.get(i).doubleValue();
            plans[i] = "g" + (i % groups);
        }
        AccountFrame frame = frame(column, plans);

        List<HealthScore> scores = HealthScorer.score(model(lowerIsBetter, "plan", MissingPolicy.EXCLUDE), frame);

        for (int i = 0; i < values.size(); i++) {
            Double expected = expectedPercentile(column, plans, i);
            if (expected == null) {
                assertThat(scores.get(i).score()).as("account %d has no value", i).isNull();
                continue;
            }
            double oriented = lowerIsBetter ? 100.0 - expected : expected;
            assertThat(scores.get(i).score()).as("account %d", i).isCloseTo(oriented, within(1e-9));
        }
    }

    @Provide
    Arbitrary<List<Integer>> values() {
        // Few distinct values, so ties are common.
        return Arbitraries.integers().between(0, 6).injectNull(0.2).list().ofMinSize(1).ofMaxSize(25);
    }

    /** Counts values below and equal to the account's value among its group; null when its value is missing. */
    private static Double expectedPercentile(Double[] values, Object[] groups, int row) {
        if (values[row] == null) {
            return null;
        }
        int n = 0;
        int lower = 0;
        int equal = 0;
        for (int j = 0; j < values.length; j++) {
            if (values[j] == null || !Objects.equals(groups[j], groups[row])) {
                continue;
            }
            n++;
            lower += values[j] < values[row] ? 1 : 0;
            equal += values[j].equals(values[row]) ? 1 : 0;
        }
        return n == 1 ? 50.0 : 100.0 * (lower + (equal - 1) / 2.0) / (n - 1);
    }

    private static HealthModel model(boolean lowerIsBetter, String peerGroup, MissingPolicy missing) {
        return new HealthModel("peers", null, List.of(
                new HealthMeasure("usage", "usage_30d", "product_usage", 1, Scoring.percentile(lowerIsBetter), missing, null)),
                BANDS, peerGroup, null);
    }

    private static AccountFrame frame(Double[] usage, Object[] plans) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < usage.length; i++) {
            ids.add("a" + i);
        }
        AccountFrame frame = new AccountFrame(ids);
        frame.put("usage_30d", usage.clone());
        frame.put("plan", plans == null ? new Object[usage.length] : plans);
        return frame;
    }
}
