package io.idem.propensity.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.FeatureTable;
import io.idem.propensity.data.NumericColumn;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogisticEncodingTest {

    private static FeatureTable table(double[] seats, String[] plans, double[] constant) {
        List<String> ids = IntStream.range(0, seats.length).mapToObj(i -> "R" + i).toList();
        return new FeatureTable(ids, List.of(new NumericColumn("seats", seats), new CategoricalColumn("plan", plans),
                new NumericColumn("region", constant)));
    }

    private static final FeatureTable TRAINING = table(new double[] {2, Double.NaN, 4, 6},
            new String[] {"team", "basic", null, "team"}, new double[] {1, 1, 1, 1});

    @Test
    void addsMissingIndicatorsAndDropsConstantColumns() {
        LogisticEncoding encoding = LogisticEncoding.fit(TRAINING);

        assertThat(encoding.columnNames()).containsExactly("seats", "seats (missing)", "plan=basic", "plan=team",
                "plan (missing)");
    }

    @Test
    void imputesTrainingMeanBeforeStandardising() {
        LogisticEncoding encoding = LogisticEncoding.fit(TRAINING);

        // seats after imputation with the mean of 2, 4, 6 is 2, 4, 4, 6: mean 4, sample sd sqrt(8/3).
        assertThat(encoding.center(0)).isEqualTo(4.0);
        assertThat(encoding.scale(0)).isCloseTo(Math.sqrt(8.0 / 3.0), within(1e-12));
        double[] out = new double[encoding.columnCount()];
        encoding.encodeRow(TRAINING, 1, encoding.newScratch(), out);
        assertThat(out[0]).isCloseTo(0.0, within(1e-12));
        // The indicator is 1 once in 4 rows: mean 0.25, sample sd sqrt(0.25), so a missing row scores 1.5.
        assertThat(out[1]).isCloseTo(0.75 / 0.5, within(1e-12));
    }

    @Test
    void standardisesToMeanZeroUnitDeviation() {
        LogisticEncoding encoding = LogisticEncoding.fit(TRAINING);
        double[][] rows = new double[TRAINING.rowCount()][encoding.columnCount()];
        for (int row = 0; row < rows.length; row++) {
            encoding.encodeRow(TRAINING, row, encoding.newScratch(), rows[row]);
        }

        for (int column = 0; column < encoding.columnCount(); column++) {
            int c = column;
            double mean = IntStream.range(0, rows.length).mapToDouble(r -> rows[r][c]).average().orElseThrow();
            double squares = IntStream.range(0, rows.length).mapToDouble(r -> rows[r][c] * rows[r][c]).sum();
            assertThat(mean).as(encoding.columnNames().get(column)).isCloseTo(0.0, within(1e-12));
            assertThat(squares / (rows.length - 1)).as(encoding.columnNames().get(column)).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void unseenLevelIsZeroInEveryLevelColumn() {
        LogisticEncoding encoding = LogisticEncoding.fit(TRAINING);
        FeatureTable scored = table(new double[] {4}, new String[] {"enterprise"}, new double[] {1});

        double[] out = new double[encoding.columnCount()];
        encoding.encodeRow(scored, 0, encoding.newScratch(), out);

        // Raw plan=basic, plan=team and plan (missing) are all 0, standardised with their training statistics.
        for (int column = 2; column <= 4; column++) {
            assertThat(out[column]).isCloseTo(-encoding.center(column) / encoding.scale(column), within(1e-12));
        }
    }
}
