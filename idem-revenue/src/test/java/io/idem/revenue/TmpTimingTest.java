package io.idem.revenue;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.*;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmpTimingTest {
    @TempDir Path temp;
    @Test
    void time() throws Exception {
        long t0 = System.nanoTime();
        Workspace workspace = WorkspaceLoader.load(TestWorkspaces.ravenStackWorkspace());
        ReferenceRevenue reference = ReferenceRevenue.fromCsv(TestWorkspaces.ravenStackSubscriptions(), LocalDate.of(2024,12,31));
        long t1 = System.nanoTime();
        ReferenceLedger ledger = new ReferenceLedger(reference, null);
        long t2 = System.nanoTime();
        ledger.cohorts(); ledger.slices(LocalDate.of(2023,12,31), LocalDate.of(2024,12,31), a -> null);
        long t3 = System.nanoTime();
        for (int i = 0; i < 24; i++) ledger.balanceOn(LocalDate.of(2023,1,31).plusMonths(i));
        long t4 = System.nanoTime();
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("s.duckdb")))) {
            Source subs = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
            Source acc = workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow();
            SourceTables.create(store, subs); SourceTables.create(store, acc);
            SourceTables.loadCsv(store, subs, TestWorkspaces.ravenStackSubscriptions());
            SourceTables.loadCsv(store, acc, TestWorkspaces.ravenStackSubscriptions().resolveSibling("ravenstack_accounts.csv"));
            long t5 = System.nanoTime();
            RevenueOutputs.writeAll(RevenueCalculator.forWorkspace(store, workspace), LocalDate.of(2024,12,31), MetricWindow.trailingTwelveMonths(LocalDate.of(2024,12,31)), temp.resolve("o"));
            long t6 = System.nanoTime();
            RevenueOutputs.writeAll(RevenueCalculator.forWorkspace(store, workspace), LocalDate.of(2024,12,31), MetricWindow.trailingTwelveMonths(LocalDate.of(2024,12,31)), temp.resolve("o"));
            long t7 = System.nanoTime();
            System.err.printf("TIMING ref %d ledger %d cohorts %d balance %d load %d analyse %d again %d%n", (t1-t0)/1000000, (t2-t1)/1000000,(t3-t2)/1000000,(t4-t3)/1000000,(t5-t4)/1000000,(t6-t5)/1000000,(t7-t6)/1000000);
        }
    }
}
