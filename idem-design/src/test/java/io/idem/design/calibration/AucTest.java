package io.idem.design.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/** The rank-sum AUC against a count over every (favoured, other) pair, ties counting one half. */
class AucTest {

    @Property(tries = 300)
    void rankSumMatchesPairCount(@ForAll("scored") @Size(min = 1, max = 60) List<Tuple.Tuple2<Integer, Boolean>> rows) {
        double[] scores = new double[rows.size()];
        boolean[] favoured = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            scores[i] = rows.get(i).get1();
            favoured[i] = rows.get(i).get2();
        }

        Auc auc = Auc.of(scores, favoured);

        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (favoured[i] && !favoured[j]) {
                    pairs++;
                    wins += win(scores[i], scores[j]);
                }
            }
        }
        if (pairs == 0) {
            assertThat(auc.value()).isNull();
            assertThat(auc.reason()).isNotBlank();
            return;
        }
        assertThat(auc.value()).isCloseTo(wins / pairs, within(1e-12));
        assertThat(auc.favoured() * auc.others()).isEqualTo(pairs);
        assertThat(auc.reason()).isNull();
    }

    /** Returns 1 when the favoured score is higher, one half on a tie, else 0. */
    private static double win(double favoured, double other) {
        if (favoured == other) {
            return 0.5;
        }
        return favoured > other ? 1.0 : 0.0;
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Boolean>>> scored() {
        // Scores from a handful of values, so ties between and within the groups are common.
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(true, false)).as(Tuple::of).list();
    }

    @Example
    void perfectAndReversedSeparation() {
        double[] scores = {90, 80, 20, 10};

        assertThat(Auc.of(scores, new boolean[] {true, true, false, false}).value()).isEqualTo(1.0);
        assertThat(Auc.of(scores, new boolean[] {false, false, true, true}).value()).isEqualTo(0.0);
        assertThat(Auc.of(new double[] {5, 5, 5}, new boolean[] {true, false, false}).value()).isEqualTo(0.5);
    }

    @Example
    void oneGroupOnlyHasNoValue() {
        Auc auc = Auc.of(new double[] {1, 2}, new boolean[] {false, false});

        assertThat(auc.value()).isNull();
        assertThat(auc.reason()).isEqualTo("no account in the favoured group");
        assertThat(Auc.of(new double[] {1}, new boolean[] {true}).reason()).isEqualTo("every account is in the favoured group");
    }

    @Example
    void lengthsMustMatch() {
        assertThatThrownBy(() -> Auc.of(new double[] {1, 2}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 scores but 1 group labels");
    }
}
