package io.idem.propensity.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void cutsSortedRowsIntoTenNearlyEqualGroups() {
        int n = 25;
        double[] predicted = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            // Rows in reverse order of prediction, so that sorting matters: row i predicts (n - i) / 100.
            predicted[i] = (n - i) / 100.0;
            labels[i] = i % 3 == 0;
        }

        List<CalibrationBin> bins = Calibration.deciles(predicted, labels);

        assertThat(bins).extracting(CalibrationBin::count).containsExactly(2, 3, 2, 3, 2, 3, 2, 3, 2, 3);
        // Decile 1 contains the two lowest predictions, 0.01 and 0.02: rows 24 and 23, of which row 24 is positive.
        CalibrationBin first = bins.get(0);
        assertThat(first.meanPredicted()).isCloseTo(0.015, within(1e-12));
        assertThat(first.observedRate()).isEqualTo(0.5);
        assertThat(first.minPredicted()).isEqualTo(0.01);
        assertThat(first.maxPredicted()).isEqualTo(0.02);
        // Decile 10 contains 0.23, 0.24, 0.25: rows 2, 1, 0, of which row 0 is positive.
        CalibrationBin last = bins.get(9);
        assertThat(last.meanPredicted()).isCloseTo(0.24, within(1e-12));
        assertThat(last.observedRate()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void leavesOutEmptyDecilesForFewRows() {
        List<CalibrationBin> bins = Calibration.deciles(new double[] {0.3, 0.1, 0.2},
                new boolean[] {true, false, false});

        assertThat(bins).extracting(CalibrationBin::decile).containsExactly(4, 7, 10);
        assertThat(bins).extracting(CalibrationBin::meanPredicted).containsExactly(0.1, 0.2, 0.3);
        assertThat(bins).extracting(CalibrationBin::observedRate).containsExactly(0.0, 0.0, 1.0);
    }
}
