package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aggregates whose exact result depends on how an engine computes them, compared between DuckDB and PostgreSQL. */
class EngineAgreementTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    private static final String YAML = """
            idem: 1
            workspace: agreement
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
              tickets:
                kind: tickets
                file: tickets.csv
                columns:
                  account_id: string
                  opened_on: date
                  credit: money
                  hours: number
            features:
              credit_avg: {source: tickets, aggregate: avg, column: credit}
              hours_avg: {source: tickets, aggregate: avg, column: hours}
              credit_sum: {source: tickets, aggregate: sum, column: credit}
            """;

    @TempDir
    static Path folder;

    private static final Map<Engine, AccountFrame> FRAMES = new EnumMap<>(Engine.class);

    @BeforeAll
    static void computeOnEveryEngine() throws Exception {
        for (Engine engine : Engine.values()) {
            Path workspaceFolder = folder.resolve(engine.name());
            try (TestStore store = TestStore.open(engine, workspaceFolder)) {
                Workspace workspace = TestWorkspace.write(workspaceFolder, YAML);
                SourceTable.create(store.store(), workspace.sources().get("accounts"));
                SourceTable.create(store.store(), workspace.sources().get("tickets"));
                SourceTable.insert(store.store(), workspace.sources().get("accounts"), List.<Object[]>of(new Object[] {"echo", 2L}));
                SourceTable.insert(store.store(), workspace.sources().get("tickets"), List.of(
                        new Object[] {"echo", LocalDate.parse("2024-06-01"), new BigDecimal("10"), 0.1, 2L},
                        new Object[] {"echo", LocalDate.parse("2024-06-02"), new BigDecimal("20"), 0.2, 3L},
                        new Object[] {"echo", LocalDate.parse("2024-06-03"), new BigDecimal("25"), 0.4, 4L}));
                FRAMES.put(engine, new FeatureEngine(Definitions.compile(workspace), store.store()).compute(AS_OF));
            }
        }
    }

    @Test
    void moneyAverageAgreesAcrossEngines() {
        // 10 + 20 + 25 = 55 over 3 rows: 18.333..., which neither engine can hold exactly.
        Object duckDb = FRAMES.get(Engine.DUCKDB).value("credit_avg", 0);
        Object postgres = FRAMES.get(Engine.POSTGRESQL).value("credit_avg", 0);
        assertThat(((BigDecimal) duckDb).doubleValue()).isCloseTo(55.0 / 3.0, within(1e-9));
        assertThat(((BigDecimal) postgres).doubleValue()).isCloseTo(55.0 / 3.0, within(1e-9));
        assertThat((BigDecimal) postgres).isEqualByComparingTo((BigDecimal) duckDb);
    }

    @Test
    void numberAverageAndMoneySumAgree() {
        assertThat(FRAMES.get(Engine.POSTGRESQL).value("hours_avg", 0)).isEqualTo(FRAMES.get(Engine.DUCKDB).value("hours_avg", 0));
        assertThat((Double) FRAMES.get(Engine.DUCKDB).value("hours_avg", 0)).isCloseTo(0.7 / 3.0, within(1e-15));
        assertThat((BigDecimal) FRAMES.get(Engine.POSTGRESQL).value("credit_sum", 0))
                .isEqualByComparingTo((BigDecimal) FRAMES.get(Engine.DUCKDB).value("credit_sum", 0))
                .isEqualByComparingTo("55");
    }
}
