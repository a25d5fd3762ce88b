package io.idem.design.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.revenue.Movement;
import io.idem.revenue.MetricWindow;
import io.idem.revenue.RevenueCalculator;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The collector keeps exactly the expansion and reactivation entries of a real revenue calculation. */
class ExpansionCollectorTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void collectsExpansionAndReactivation(Engine engine) throws Exception {
        Files.writeString(folder.resolve("idem.yaml"), """
                idem: 1
                workspace: collector
                sources:
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: {type: string, required: true}
                  subscriptions:
                    kind: subscriptions
                    file: subscriptions.csv
                    columns:
                      account_id: {type: string, required: true}
                      start_date: {type: date, required: true}
                      end_date: date
                      mrr: {type: money, required: true}
                """);
        Workspace workspace = WorkspaceLoader.load(folder);
        try (TestStore test = TestStore.open(engine, folder)) {
            try (Statement statement = test.store().connection().createStatement()) {
                statement.execute("CREATE TABLE src_accounts (account_id VARCHAR(20), _line BIGINT)");
                statement.execute("CREATE TABLE src_subscriptions (account_id VARCHAR(20), start_date DATE, end_date DATE, "
                        + "mrr DECIMAL(18,4), _line BIGINT)");
                // A: new 100, expansion 20, churn of both, reactivation 90. B: new 50, contraction to 30.
                statement.execute("INSERT INTO src_subscriptions VALUES "
                        + "('A', DATE '2024-01-01', DATE '2024-03-01', 100, 2), ('A', DATE '2024-02-01', DATE '2024-03-01', 20, 3), "
                        + "('A', DATE '2024-04-01', NULL, 90, 4), ('B', DATE '2024-01-01', DATE '2024-05-01', 50, 5), "
                        + "('B', DATE '2024-05-01', NULL, 30, 6)");
            }
            ExpansionCollector collector = new ExpansionCollector();

            RevenueCalculator.forWorkspace(test.store(), workspace).analyse(AS_OF, MetricWindow.trailingTwelveMonths(AS_OF), collector);

            assertThat(collector.entries()).containsExactlyInAnyOrder(
                    new LedgerExpansion("A", LocalDate.parse("2024-02-01"), Movement.EXPANSION, new BigDecimal("20.0000")),
                    new LedgerExpansion("A", LocalDate.parse("2024-04-01"), Movement.REACTIVATION, new BigDecimal("90.0000")));
        }
    }
}
