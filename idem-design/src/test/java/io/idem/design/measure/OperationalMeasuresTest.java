package io.idem.design.measure;

import static io.idem.design.measure.MeasureFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Operational measures of {@link MeasureFixture} on DuckDB and PostgreSQL, against counts worked
 * out by hand from the fixture's rows (listed beside each expectation).
 */
class OperationalMeasuresTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void measuresByPlaybook(Engine engine) {
        OperationsReport report = compute(engine);

        // upgrade: plays p1, p2, p5, and p1 is complete because t1 and t2 are done and t3 cancelled.
        // Of tasks t1..t6, t1 (on time) and t2 (late) are done by the as-of date. Breaches are t2 (late),
        // t4 (open past due) and t6 (done after the as-of date, so still open then).
        // Won o1, o2, o8 (o4 closes after the as-of date), lost o6.
        // Days to won: o1 2024-02-20 -> 04-10 = 50, o2 2024-03-25 -> 05-04 = 40, o8 2024-02-20 -> 05-20 = 90.
        assertMeasures(report.byPlaybook().get(1), "upgrade", 3, 1, 2, 1, 3, 3, 1, 0.75, "175", 50.0);
        // rescue: p3 only (p4 starts after the as-of date); t7 done on its due day, t8 snoozed past due; o3 lost.
        assertMeasures(report.byPlaybook().get(0), "rescue", 1, 0, 1, 1, 1, 0, 1, 0.0, "0", null);
        assertThat(report.byPlaybook()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void measuresByOwner(Engine engine) {
        OperationsReport report = compute(engine);

        // The empty owner: play p5 and opportunity o6 (lost) have none.
        assertMeasures(report.byOwner().get(0), "", 1, 0, 0, 0, 0, 0, 1, 0.0, "0", null);
        // ava: plays p1, p3; tasks t1, t2, t7, t8; won o1 (50 days), o8 (90 days), lost o3.
        assertMeasures(report.byOwner().get(1), "ava", 2, 1, 3, 2, 2, 2, 1, 2.0 / 3, "125", 70.0);
        // ben: play p2; tasks t3 (cancelled), t4, t5 (due on the as-of date, not breached), t6;
        // won o2 (40 days) and o5, which has no play and so no days to won.
        assertMeasures(report.byOwner().get(2), "ben", 1, 0, 0, 0, 2, 2, 0, 1.0, "80", 40.0);
        assertThat(report.byOwner()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void measuresByStarter(Engine engine) {
        OperationsReport report = compute(engine);

        // segment:ready: p1, p3; tasks t1, t2, t3, t7, t8; won o1, o8, lost o3. p3 has no segment entry,
        // but it has no won opportunity either.
        assertMeasures(report.byStarter().get(0), "segment:ready", 2, 1, 3, 2, 2, 2, 1, 2.0 / 3, "125", 70.0);
        // trigger:growth: p2, p5; tasks t4, t5, t6; won o2, lost o6.
        assertMeasures(report.byStarter().get(1), "trigger:growth", 2, 0, 0, 0, 2, 1, 1, 0.5, "50", 40.0);
        assertThat(report.byStarter()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void playCauseIsLatestSignalBeforeStart(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            MeasureFixture.load(test.store());

            Map<String, LocalDate> causes = new java.util.TreeMap<>();
            new WorkItemReader(test.store()).read(AS_OF).plays().forEach(p -> causes.put(p.playId(), p.cause()));

            assertThat(causes).containsExactly(Map.entry("p1", LocalDate.parse("2024-02-20")), Map.entry("p2", LocalDate.parse("2024-03-25")),
                    Map.entry("p3", LocalDate.parse("2024-05-01")), Map.entry("p5", LocalDate.parse("2024-01-01")));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void touchpointsCountLastNinetyDays(Engine engine) throws Exception {
        try (TestStore test = TestStore.open(engine, folder)) {
            try (Statement statement = test.store().connection().createStatement()) {
                statement.execute("CREATE TABLE src_touchpoints (account_id VARCHAR(20), occurred_on DATE)");
                // 2024-04-01 is exactly 90 days before the as-of date, so it falls outside (asOf - 90, asOf].
                statement.execute("INSERT INTO src_touchpoints VALUES ('A', DATE '2024-06-30'), ('A', DATE '2024-04-01'), "
                        + "('A', DATE '2024-04-02'), ('B', DATE '2024-07-01'), ('B', DATE '2024-05-01'), (NULL, DATE '2024-05-01')");
            }

            Map<String, Long> counts = TouchpointCounter.count(test.store(), "src_touchpoints", AS_OF);

            assertThat(counts).containsExactly(Map.entry("A", 2L), Map.entry("B", 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesOperationsFiles(Engine engine) throws Exception {
        OperationsReport report = compute(engine);

        OperationsCsvWriter.writeOperations(folder, report);
        OperationsCsvWriter.writeTouchpoints(folder, Map.of("A", 2L));

        assertThat(Files.readAllLines(folder.resolve("operations_by_playbook.csv"))).containsExactly(
                "playbook," + OperationsCsvWriter.MEASURE_COLUMNS,
                "rescue,1,0,1,1,1,0,1,0,0.00,",
                "upgrade,3,1,2,1,3,3,1,0.7500,175.00,50");
        assertThat(Files.readAllLines(folder.resolve("operations_by_owner.csv"))).element(2)
                .isEqualTo("ava,2,1,3,2,2,2,1,0.6667,125.00,70");
        assertThat(Files.readAllLines(folder.resolve("operations_by_segment.csv"))).element(0)
                .isEqualTo("started_by," + OperationsCsvWriter.MEASURE_COLUMNS);
        assertThat(Files.readAllLines(folder.resolve("touchpoints_by_account.csv"))).containsExactly("account_id,touchpoints", "A,2");
    }

    private OperationsReport compute(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            MeasureFixture.load(test.store());
            return OperationalMeasureCalculator.compute(new WorkItemReader(test.store()).read(AS_OF), AS_OF);
        }
    }

    private static void assertMeasures(OperationalMeasures actual, String group, long started, long completed, long tasksCompleted,
                                       long onTime, long breaches, long won, long lost, Double winRate, String booked, Double median) {
        assertThat(actual.group()).isEqualTo(group);
        assertThat(List.of(actual.playsStarted(), actual.playsCompleted(), actual.tasksCompleted(), actual.tasksOnTime(), actual.slaBreaches(),
                actual.won(), actual.lost())).as("counts of %s", group)
                .containsExactly(started, completed, tasksCompleted, onTime, breaches, won, lost);
        if (winRate == null) {
            assertThat(actual.winRate()).as("win rate of %s", group).isNull();
        } else {
            assertThat(actual.winRate()).as("win rate of %s", group).isCloseTo(winRate, within(1e-12));
        }
        assertThat(actual.expansionMrrBooked()).as("booked MRR of %s", group).isEqualByComparingTo(new BigDecimal(booked));
        assertThat(actual.medianDaysToWon()).as("median days to won of %s", group).isEqualTo(median);
    }
}
