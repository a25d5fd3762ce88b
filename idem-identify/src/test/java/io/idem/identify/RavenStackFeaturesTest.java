package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.Feature;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The features of examples/ravenstack/idem.yaml over the real RavenStack files, on DuckDB and
 * PostgreSQL, against {@link RavenStackReference}: 500 accounts, 5,000 subscriptions, 25,000
 * usage rows reached through their subscription, 2,000 tickets.
 */
class RavenStackFeaturesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-12-31");

    @TempDir
    static Path folder;

    private static Workspace workspace;
    private static RavenStackReference reference;
    private static final Map<Engine, TestStore> STORES = new EnumMap<>(Engine.class);
    private static final Map<Engine, FeatureEngine> ENGINES = new EnumMap<>(Engine.class);

    @BeforeAll
    static void loadFiles() throws Exception {
        workspace = RavenStackData.workspace();
        reference = new RavenStackReference(workspace);
        Definitions definitions = Definitions.compile(workspace);
        for (Engine engine : Engine.values()) {
            TestStore store = TestStore.open(engine, folder.resolve(engine.name()));
            STORES.put(engine, store);
            RavenStackData.load(store.store(), workspace);
            ENGINES.put(engine, new FeatureEngine(definitions, store.store()));
        }
    }

    @AfterAll
    static void closeStores() {
        STORES.values().forEach(TestStore::close);
    }

    @Test
    void referenceCoversEveryExampleFeature() {
        Map<String, Map<String, Object>> expected = reference.features(AS_OF);

        assertThat(expected.keySet())
                .as("features of examples/ravenstack/idem.yaml without a reference computation in this test")
                .containsAll(workspace.features().keySet());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void featuresMatchReferenceAtYearEnd(Engine engine) {
        assertMatchesReference(engine, AS_OF);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void featuresMatchReferenceMidYear(Engine engine) {
        assertMatchesReference(engine, LocalDate.parse("2024-06-15"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void quarterEndsInOneScanMatchReference(Engine engine) {
        List<LocalDate> dates = List.of(LocalDate.parse("2024-03-31"), LocalDate.parse("2024-06-30"), LocalDate.parse("2024-09-30"), AS_OF);

        Map<LocalDate, AccountFrame> frames = ENGINES.get(engine).computeAt(dates, workspace.features().keySet());

        for (LocalDate date : dates) {
            assertMatchesReference(engine, date, frames.get(date));
        }
    }

    @Test
    void enginesAgreeOnEveryColumn() {
        AccountFrame duckDb = ENGINES.get(Engine.DUCKDB).compute(AS_OF);
        AccountFrame postgres = ENGINES.get(Engine.POSTGRESQL).compute(AS_OF);

        assertThat(postgres.accountIds()).isEqualTo(duckDb.accountIds());
        assertThat(postgres.columnNames()).isEqualTo(duckDb.columnNames());
        SoftAssertions softly = new SoftAssertions();
        for (String column : duckDb.columnNames()) {
            for (int row = 0; row < duckDb.size(); row++) {
                FeatureEngineTest.assertSame(softly, column + " of " + duckDb.accountIds().get(row), duckDb.value(column, row),
                        postgres.value(column, row));
            }
        }
        softly.assertAll();
    }

    private static void assertMatchesReference(Engine engine, LocalDate asOf) {
        assertMatchesReference(engine, asOf, ENGINES.get(engine).compute(asOf));
    }

    private static void assertMatchesReference(Engine engine, LocalDate asOf, AccountFrame frame) {
        Map<String, Map<String, Object>> expected = reference.features(asOf);

        assertThat(frame.accountIds()).containsExactlyElementsOf(reference.accountIds());
        SoftAssertions softly = new SoftAssertions();
        for (Feature feature : workspace.features().values()) {
            Map<String, Object> values = expected.get(feature.name());
            for (String account : frame.accountIds()) {
                Object actual = frame.value(feature.name(), frame.rowOf(account));
                FeatureEngineTest.assertSame(softly, feature.name() + " of " + account + " at " + asOf + " on " + engine,
                        values.get(account), actual);
            }
        }
        softly.assertAll();
    }

    @Test
    void referenceFindsWindowActivity() {
        Map<String, Map<String, Object>> expected = reference.features(AS_OF);

        // A reference that found nothing would agree with an engine that finds nothing.
        assertThat(expected.get("usage_30d").values()).anyMatch(value -> (Double) value > 0);
        assertThat(expected.get("tickets_90d").values()).anyMatch(value -> (Double) value > 0);
        assertThat(expected.get("days_to_renewal").values()).anyMatch(value -> value != null);
        assertThat(expected.get("mrr_90d_ago").values()).anyMatch(value -> ((BigDecimal) value).signum() > 0);
    }
}
