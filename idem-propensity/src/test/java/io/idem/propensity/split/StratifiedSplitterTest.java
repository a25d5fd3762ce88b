package io.idem.propensity.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedSplitterTest {

    /** 1,000 rows, of which every fifth is positive. */
    private static Dataset rows() {
        int n = 1000;
        List<String> ids = new ArrayList<>();
        double[] x = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids.add("R" + i);
            x[i] = i;
            labels[i] = i % 5 == 0;
        }
        return new Dataset(new FeatureTable(ids, List.of(new NumericColumn("x", x))), labels);
    }

    @Test
    void keepsClassSharesInEveryPartition() {
        Split split = new StratifiedSplitter(0.25, 0.2, 7).split(rows());

        // 200 positives: 50 test, 30 validation (20% of 150), 120 fit; 800 negatives: 200, 120, 480.
        assertThat(split.test().rowCount()).isEqualTo(250);
        assertThat(split.test().positives()).isEqualTo(50);
        assertThat(split.validation().rowCount()).isEqualTo(150);
        assertThat(split.validation().positives()).isEqualTo(30);
        assertThat(split.fit().rowCount()).isEqualTo(600);
        assertThat(split.fit().positives()).isEqualTo(120);
        assertThat(split.training().rowCount()).isEqualTo(750);
    }

    @Test
    void partitionsAreDisjointAndCoverEveryRow() {
        Split split = new StratifiedSplitter(0.25, 0.2, 7).split(rows());

        Set<String> seen = new HashSet<>();
        for (Dataset part : List.of(split.fit(), split.validation(), split.test())) {
            for (String id : part.features().rowIds()) {
                assertThat(seen.add(id)).as("row %s in two partitions", id).isTrue();
            }
        }
        assertThat(seen).hasSize(1000);
        assertThat(new HashSet<>(split.training().features().rowIds()))
                .containsAll(split.fit().features().rowIds())
                .containsAll(split.validation().features().rowIds());
    }

    @Test
    void sameSeedGivesSameSplit() {
        List<String> first = new StratifiedSplitter(0.25, 0.2, 7).split(rows()).test().features().rowIds();
        List<String> again = new StratifiedSplitter(0.25, 0.2, 7).split(rows()).test().features().rowIds();
        List<String> other = new StratifiedSplitter(0.25, 0.2, 8).split(rows()).test().features().rowIds();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void rejectsFractionOutsideOpenInterval() {
        assertThatThrownBy(() -> new StratifiedSplitter(1.0, 0.2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test fraction 1.0 is outside (0, 1)");
    }

    @Test
    void rejectsTooFewRowsForEveryPartition() {
        Dataset two = new Dataset(new FeatureTable(List.of("a", "b"),
                List.of(new NumericColumn("x", new double[] {1, 2}))), new boolean[] {true, false});

        assertThatThrownBy(() -> new StratifiedSplitter(0.25, 0.2, 1).split(two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too few to split");
    }
}
