package io.idem.propensity.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.propensity.snapshot.FeatureSpec;
import io.idem.propensity.snapshot.FeatureValue;
import io.idem.propensity.snapshot.LeakageException;
import io.idem.propensity.snapshot.Outcome;
import io.idem.propensity.snapshot.SnapshotDataset;
import io.idem.propensity.snapshot.SnapshotDatasetBuilder;
import io.idem.propensity.snapshot.SnapshotRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSplitterTest {

    /** Two accounts at the first of each month from January to December 2024, with 30-day outcome windows. */
    private static SnapshotDataset monthly() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(List.of(FeatureSpec.numeric("x")));
        for (int month = 1; month <= 12; month++) {
            LocalDate snapshot = LocalDate.of(2024, month, 1);
            for (String account : List.of("A", "B")) {
                builder.add(new SnapshotRow(account + month, snapshot,
                        List.of(FeatureValue.numeric("x", month, snapshot)),
                        Outcome.within(snapshot, 30, account.equals("A"))));
            }
        }
        return builder.build();
    }

    @Test
    void partitionsByDateWithGapLeftOut() {
        Split split = new TimeSplitter(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 10, 1), 0.25).split(monthly());

        // Training is January to August (16 rows); validation takes the latest dates until it has 25% of them.
        assertThat(split.fit().features().rowIds()).containsExactly("A1", "B1", "A2", "B2", "A3", "B3", "A4", "B4",
                "A5", "B5", "A6", "B6");
        assertThat(split.validation().features().rowIds()).containsExactly("A7", "B7", "A8", "B8");
        assertThat(split.test().features().rowIds()).containsExactly("A10", "B10", "A11", "B11", "A12", "B12");
        assertThat(split.training().rowCount()).isEqualTo(16);
        assertThat(split.summary().unusedRows()).isEqualTo(2);
        assertThat(split.summary().testPositives()).isEqualTo(3);
        assertThat(split.summary().settings()).containsEntry("validation_from", "2024-07-01")
                .containsEntry("train_through", "2024-08-01").containsEntry("test_from", "2024-10-01");
    }

    @Test
    void rejectsTrainingWindowReachingTestPeriod() {
        // The 2024-08-01 snapshot's window runs through 2024-08-31, the day the test period would start.
        TimeSplitter splitter = new TimeSplitter(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31), 0.25);

        assertThatThrownBy(() -> splitter.split(monthly()))
                .isInstanceOf(LeakageException.class)
                .hasMessageContaining("at snapshot 2024-08-01 has an outcome window through 2024-08-31")
                .hasMessageContaining("test period starting 2024-08-31");
    }

    @Test
    void acceptsTestPeriodStartingDayAfterLastWindow() {
        Split split = new TimeSplitter(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1), 0.25).split(monthly());

        assertThat(split.test().features().rowIds()).startsWith("A9", "B9");
    }

    @Test
    void rejectsTrainingPeriodWithOneSnapshotDate() {
        TimeSplitter splitter = new TimeSplitter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), 0.2);

        assertThatThrownBy(() -> splitter.split(monthly()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 snapshot date(s)");
    }

    @Test
    void rejectsTestPeriodBeforeTraining() {
        assertThatThrownBy(() -> new TimeSplitter(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after the last training snapshot");
    }
}
