package io.idem.experiment.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.experiment.Variant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class HashAssignerTest {

    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));
    private static final int ACCOUNTS = 100_000;

    @Test
    void sameAccountGetsSameVariant() {
        HashAssigner first = new HashAssigner("upsell-2025-q1", new Allocation(PLAYS));
        HashAssigner second = new HashAssigner("upsell-2025-q1", new Allocation(List.copyOf(PLAYS)));

        for (int i = 0; i < 1000; i++) {
            String account = "acct-" + i;
            assertThat(second.variantOf(account)).isEqualTo(first.variantOf(account));
            assertThat(first.variantOf(account)).isEqualTo(first.variantOf(account));
        }
    }

    @Test
    void variantFollowsHashBucket() {
        HashAssigner assigner = new HashAssigner("upsell-2025-q1", new Allocation(PLAYS));

        // 0.3184 from the coreutils digest in UnitHashTest lies in play_a's bucket [0, 0.45).
        assertThat(assigner.variantOf("acct-0001").name()).isEqualTo("play_a");
        // 0.0733 from the same test, likewise.
        assertThat(assigner.variantOf("ACME:EU:42").name()).isEqualTo("play_a");
        for (int i = 0; i < 2000; i++) {
            double fraction = UnitHash.fraction("upsell-2025-q1", "acct-" + i);
            String expected = "holdout";
            if (fraction < 0.45) {
                expected = "play_a";
            } else if (fraction < 0.90) {
                expected = "play_b";
            }
            assertThat(assigner.variantOf("acct-" + i).name()).isEqualTo(expected);
        }
    }

    @Test
    void proportionsStayWithinBinomialTolerance() {
        HashAssigner assigner = new HashAssigner("upsell-2025-q1", new Allocation(PLAYS));
        Map<String, Integer> counts = new HashMap<>();

        for (int i = 0; i < ACCOUNTS; i++) {
            counts.merge(assigner.variantOf(String.format("acct-%06d", i)).name(), 1, Integer::sum);
        }

        for (Variant variant : PLAYS) {
            double expected = ACCOUNTS * variant.weight();
            double sd = Math.sqrt(ACCOUNTS * variant.weight() * (1 - variant.weight()));
            // 4.5 standard deviations: a fair hash falls outside with probability below 1e-5 per variant.
            assertThat((double) counts.get(variant.name())).as(variant.name()).isBetween(expected - 4.5 * sd,
                    expected + 4.5 * sd);
        }
    }

    @Test
    void twoExperimentsAssignIndependently() {
        HashAssigner first = new HashAssigner("upsell-2025-q1", new Allocation(PLAYS));
        HashAssigner second = new HashAssigner("seats-2025-q1", new Allocation(List.of(new Variant("treatment", 1),
                new Variant("control", 1))));
        long[][] table = new long[3][2];

        for (int i = 0; i < ACCOUNTS; i++) {
            String account = String.format("acct-%06d", i);
            table[PLAYS.indexOf(first.variantOf(account))][second.variantOf(account).name().equals("control") ? 1 : 0]++;
        }

        double pValue = new ChiSquareTest().chiSquareTest(table);
        assertThat(pValue).isGreaterThan(0.001);
    }

    @Test
    void bucketsFollowCumulativeWeights() {
        Allocation allocation = new Allocation(PLAYS);

        assertThat(allocation.indexAt(0.0)).isZero();
        assertThat(allocation.indexAt(Math.nextDown(0.45))).isZero();
        assertThat(allocation.indexAt(0.45)).isEqualTo(1);
        assertThat(allocation.indexAt(0.90)).isEqualTo(2);
        assertThat(allocation.indexAt(Math.nextDown(1.0))).isEqualTo(2);
        assertThat(allocation.share(2)).isCloseTo(0.10, within(1e-15));
    }

    @Test
    void rejectsExperimentIdWithColon() {
        assertThatThrownBy(() -> new HashAssigner("upsell:q1", new Allocation(PLAYS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'upsell:q1'");
    }
}
