package io.idem.propensity.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.NumericColumn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDatasetBuilderTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2024, 6, 30);
    private static final List<FeatureSpec> SCHEMA = List.of(FeatureSpec.numeric("seats"),
            FeatureSpec.categorical("plan"));

    @Test
    void buildsColumnsInSchemaOrderWithMissingValues() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);
        builder.add(row("A1", List.of(FeatureValue.categorical("plan", "team", SNAPSHOT),
                FeatureValue.numeric("seats", 12, SNAPSHOT.minusDays(3))), true));
        builder.add(row("A2", List.of(FeatureValue.numeric("seats", Double.NaN, SNAPSHOT),
                FeatureValue.categorical("plan", null, SNAPSHOT)), false));

        SnapshotDataset data = builder.build();

        assertThat(data.dataset().features().columnNames()).containsExactly("seats", "plan");
        NumericColumn seats = (NumericColumn) data.dataset().features().column("seats").orElseThrow();
        CategoricalColumn plan = (CategoricalColumn) data.dataset().features().column("plan").orElseThrow();
        assertThat(seats.value(0)).isEqualTo(12.0);
        assertThat(seats.isMissing(1)).isTrue();
        assertThat(plan.level(0)).isEqualTo("team");
        assertThat(plan.isMissing(1)).isTrue();
        assertThat(data.dataset().label(0)).isTrue();
        assertThat(data.dataset().label(1)).isFalse();
        assertThat(data.outcome(0).windowStart()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(data.outcome(0).windowEnd()).isEqualTo(LocalDate.of(2024, 9, 28));
    }

    @Test
    void acceptsDataThroughTheSnapshotDay() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);

        builder.add(row("A1", values(SNAPSHOT), true));

        assertThat(builder.build().rowCount()).isEqualTo(1);
    }

    @Test
    void rejectsDataFromTheDayAfterSnapshot() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);

        assertThatThrownBy(() -> builder.add(row("A7", values(SNAPSHOT.plusDays(1)), true)))
                .isInstanceOf(LeakageException.class)
                .hasMessageContaining("feature 'seats' of account A7 at snapshot 2024-06-30")
                .hasMessageContaining("data through 2024-07-01")
                .hasMessageContaining("Fix:");
    }

    @Test
    void rejectsOutcomeWindowStartingOnSnapshot() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);
        SnapshotRow row = new SnapshotRow("A3", SNAPSHOT, values(SNAPSHOT),
                new Outcome(true, SNAPSHOT, SNAPSHOT.plusDays(89)));

        assertThatThrownBy(() -> builder.add(row))
                .isInstanceOf(LeakageException.class)
                .hasMessageContaining("outcome window starts on 2024-06-30");
    }

    @Test
    void rejectsRowWithoutSchemaFeature() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);
        SnapshotRow row = row("A4", List.of(FeatureValue.numeric("seats", 3, SNAPSHOT)), false);

        assertThatThrownBy(() -> builder.add(row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks feature 'plan'");
    }

    @Test
    void rejectsFeatureOutsideSchema() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);
        SnapshotRow row = row("A5", List.of(FeatureValue.numeric("seats", 3, SNAPSHOT),
                FeatureValue.categorical("plan", "team", SNAPSHOT), FeatureValue.numeric("region", 1, SNAPSHOT)),
                false);

        assertThatThrownBy(() -> builder.add(row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'region', which is not in the schema");
    }

    @Test
    void rejectsValueOfWrongKind() {
        SnapshotDatasetBuilder builder = new SnapshotDatasetBuilder(SCHEMA);
        SnapshotRow row = row("A6", List.of(FeatureValue.categorical("seats", "12", SNAPSHOT),
                FeatureValue.categorical("plan", "team", SNAPSHOT)), false);

        assertThatThrownBy(() -> builder.add(row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'seats' of account A6")
                .hasMessageContaining("should be numeric");
    }

    private static List<FeatureValue> values(LocalDate dataThrough) {
        return List.of(FeatureValue.numeric("seats", 5, dataThrough),
                FeatureValue.categorical("plan", "basic", SNAPSHOT));
    }

    private static SnapshotRow row(String account, List<FeatureValue> values, boolean took) {
        return new SnapshotRow(account, SNAPSHOT, values, Outcome.within(SNAPSHOT, 90, took));
    }
}
