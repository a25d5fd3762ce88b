package io.idem.experiment.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.experiment.TestStore;
import io.idem.experiment.TestStore.Engine;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExposureRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:15:30.123456Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T10:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recordsFirstExposureOnce(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            ExposureRepository repository = new ExposureRepository(test.store());

            RecordOutcome first = repository.record(new Exposure("upsell-q1", "acct-1", "play_a", TUESDAY));
            RecordOutcome again = repository.record(new Exposure("upsell-q1", "acct-1", "play_a", MONDAY));
            RecordOutcome later = repository.record(new Exposure("upsell-q1", "acct-1", "play_a", TUESDAY.plusSeconds(60)));

            assertThat(first).isEqualTo(RecordOutcome.RECORDED);
            assertThat(again).isEqualTo(RecordOutcome.ALREADY_EXPOSED);
            assertThat(later).isEqualTo(RecordOutcome.ALREADY_EXPOSED);
            assertThat(repository.exposures("upsell-q1"))
                    .containsExactly(new Exposure("upsell-q1", "acct-1", "play_a", MONDAY));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsExposureToSecondVariant(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            ExposureRepository repository = new ExposureRepository(test.store());
            repository.record(new Exposure("upsell-q1", "acct-1", "play_a", MONDAY));

            assertThatThrownBy(() -> repository.record(new Exposure("upsell-q1", "acct-1", "holdout", TUESDAY)))
                    .isInstanceOf(ExposureConflictException.class)
                    .hasMessageContaining("acct-1")
                    .hasMessageContaining("play_a")
                    .hasMessageContaining("holdout");
            assertThat(repository.exposures("upsell-q1")).extracting(Exposure::variant).containsExactly("play_a");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recordAllRollsBackOnConflict(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            ExposureRepository repository = new ExposureRepository(test.store());
            repository.record(new Exposure("upsell-q1", "acct-1", "play_a", MONDAY));
            List<Exposure> batch = List.of(new Exposure("upsell-q1", "acct-2", "play_b", TUESDAY),
                    new Exposure("upsell-q1", "acct-1", "holdout", TUESDAY));

            assertThatThrownBy(() -> repository.recordAll(batch)).isInstanceOf(ExposureConflictException.class);

            assertThat(repository.exposures("upsell-q1")).extracting(Exposure::accountId).containsExactly("acct-1");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void countsExposuresPerVariantOfOneExperiment(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            ExposureRepository repository = new ExposureRepository(test.store());
            int recorded = repository.recordAll(List.of(
                    new Exposure("upsell-q1", "acct-1", "play_a", MONDAY),
                    new Exposure("upsell-q1", "acct-2", "play_a", TUESDAY),
                    new Exposure("upsell-q1", "acct-3", "holdout", MONDAY),
                    new Exposure("upsell-q1", "acct-3", "holdout", TUESDAY),
                    new Exposure("seats-q1", "acct-1", "treatment", MONDAY)));

            assertThat(recorded).isEqualTo(4);
            assertThat(repository.countsByVariant("upsell-q1")).isEqualTo(Map.of("holdout", 1L, "play_a", 2L));
            assertThat(repository.exposures("upsell-q1")).extracting(Exposure::accountId)
                    .containsExactly("acct-1", "acct-3", "acct-2");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storesTimeAsUtcWallClock(Engine engine) throws SQLException {
        try (TestStore test = TestStore.open(engine, folder)) {
            ExposureRepository repository = new ExposureRepository(test.store());
            repository.record(new Exposure("upsell-q1", "acct-1", "play_a", MONDAY));

            try (Statement statement = test.store().connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT CAST(exposed_at AS VARCHAR) FROM experiment_exposure")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("2025-03-03 09:15:30.123456");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reopeningKeepsTable(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            new ExposureRepository(test.store()).record(new Exposure("upsell-q1", "acct-1", "play_a", MONDAY));

            ExposureRepository reopened = new ExposureRepository(test.store());

            assertThat(reopened.exposures("upsell-q1")).hasSize(1);
        }
    }
}
