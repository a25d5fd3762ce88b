package io.idem.propensity.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TreeEncodingTest {

    private static FeatureTable table(double[] seats, String[] plans) {
        List<String> ids = IntStream.range(0, seats.length).mapToObj(i -> "R" + i).toList();
        return new FeatureTable(ids, List.of(new NumericColumn("seats", seats), new CategoricalColumn("plan", plans)));
    }

    @Test
    void oneHotEncodesTrainingLevelsInSortedOrder() {
        TreeEncoding encoding = TreeEncoding.fit(table(new double[] {1, 2, 3}, new String[] {"team", "basic", "team"}));

        assertThat(encoding.columnNames()).containsExactly("seats", "plan=basic", "plan=team");
        assertThat(encoding.sourceFeature(0)).isZero();
        assertThat(encoding.sourceFeature(2)).isEqualTo(1);
    }

    @Test
    void keepsMissingValuesAsNaN() {
        TreeEncoding encoding = TreeEncoding.fit(table(new double[] {1, 2}, new String[] {"team", "basic"}));

        float[] encoded = encoding.encode(table(new double[] {Double.NaN}, new String[] {null}), 0, 1);

        assertThat(encoded).hasSize(3);
        assertThat(Float.isNaN(encoded[0])).isTrue();
        assertThat(Float.isNaN(encoded[1])).isTrue();
        assertThat(Float.isNaN(encoded[2])).isTrue();
    }

    @Test
    void encodesUnseenLevelAsAllZeros() {
        TreeEncoding encoding = TreeEncoding.fit(table(new double[] {1, 2}, new String[] {"team", "basic"}));

        float[] encoded = encoding.encode(table(new double[] {5, 6}, new String[] {"enterprise", "team"}), 0, 2);

        assertThat(encoded).containsExactly(5f, 0f, 0f, 6f, 0f, 1f);
    }

    @Test
    void encodesRequestedRowRangeOnly() {
        TreeEncoding encoding = TreeEncoding.fit(table(new double[] {1, 2, 3}, new String[] {"a", "b", "a"}));

        float[] encoded = encoding.encode(table(new double[] {1, 2, 3}, new String[] {"a", "b", "a"}), 1, 3);

        assertThat(encoded).containsExactly(2f, 0f, 1f, 3f, 1f, 0f);
    }

    @Test
    void rejectsTableWithOtherFeatures() {
        TreeEncoding encoding = TreeEncoding.fit(table(new double[] {1}, new String[] {"a"}));
        FeatureTable other = new FeatureTable(List.of("R0"), List.of(new NumericColumn("seats", new double[] {1}),
                new NumericColumn("plan", new double[] {2})));

        assertThatThrownBy(() -> encoding.encode(other, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'plan' (numeric) but the model expects 'plan' (categorical)");
    }
}
