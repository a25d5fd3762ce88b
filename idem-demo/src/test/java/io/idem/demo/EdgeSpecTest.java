package io.idem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs away from the defaults: a partial last month, the shortest history and no usage rows. */
class EdgeSpecTest {

    @TempDir
    Path temp;

    @Test
    void nothingIsDatedAfterMidMonthAsOf() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 6, 15);
        DemoSpec spec = new DemoSpec(300, 5L, asOf, 6, 50);

        DemoWorkspace demo = DemoGenerator.generate(spec, temp.resolve("demo"));
        DemoData data = DemoData.load(demo.dataFolder());

        assertThat(WorkspaceLoader.load(demo.folder()).asOf()).isEqualTo(asOf);
        assertThat(data.usage).hasSize(300 * 50);
        assertThat(data.usage).allSatisfy(row -> assertThat(row.date()).isBetween(spec.historyStart(), asOf));
        assertThat(data.responses).allSatisfy(row -> assertThat(row.date()).isBetween(spec.historyStart(), asOf));
        assertThat(data.touchpoints).allSatisfy(row -> assertThat(row.date()).isBetween(spec.historyStart(), asOf));
        assertThat(data.tickets).allSatisfy(row -> {
            assertThat(row.opened()).isBetween(spec.historyStart(), asOf);
            if (row.closed() != null) {
                assertThat(row.closed()).isBefore(LocalDateTime.of(2024, 6, 16, 0, 0));
            }
        });
        assertThat(data.invoices).allSatisfy(row -> {
            assertThat(row.due()).isBetween(spec.historyStart().plusDays(30), asOf.plusDays(30));
            if (row.paid() != null) {
                assertThat(row.paid()).isBeforeOrEqualTo(asOf);
            }
        });
        data.subscriptions.values().forEach(history -> history.forEach(subscription -> {
            assertThat(subscription.start()).isBeforeOrEqualTo(asOf);
            if (subscription.end() != null) {
                assertThat(subscription.end()).isBeforeOrEqualTo(asOf);
            }
        }));
        data.accounts.values().forEach(account -> assertThat(account.signup()).isBeforeOrEqualTo(asOf));
    }

    @Test
    void shortestHistoryLoads() {
        DemoSpec spec = new DemoSpec(50, 9L, LocalDate.of(2024, 3, 31), DemoSpec.MIN_MONTHS);

        DemoWorkspace demo = DemoGenerator.generate(spec, temp.resolve("short"));
        Workspace workspace = WorkspaceLoader.load(demo.folder());

        assertThat(workspace.asOf()).isEqualTo(spec.asOf());
        assertThat(demo.rowCounts().get("accounts.csv")).isEqualTo(50L);
        assertThat(demo.rowCounts().get("usage.csv")).isEqualTo(50L * DemoSpec.DEFAULT_USAGE_EVENTS_PER_ACCOUNT);
    }

    @Test
    void zeroUsageRateWritesHeaderOnly() throws Exception {
        DemoSpec spec = new DemoSpec(40, 3L, DemoSpec.DEFAULT_AS_OF, 12, 0);

        DemoWorkspace demo = DemoGenerator.generate(spec, temp.resolve("quiet"));
        CsvTable usage = CsvTable.read(demo.dataFolder().resolve("usage.csv"));

        assertThat(usage.header()).containsExactly("event_id", "account_id", "user_id", "event_date", "feature", "count");
        assertThat(usage.rows()).isEmpty();
        assertThat(demo.rowCounts().get("usage.csv")).isZero();
        assertThat(demo.rowCounts().get("subscriptions.csv")).isGreaterThanOrEqualTo(40L);
    }
}
