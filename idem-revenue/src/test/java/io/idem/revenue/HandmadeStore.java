package io.idem.revenue;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A DuckDB store with a hand-made subscriptions table, for small cases with results worked out by hand. */
final class HandmadeStore implements AutoCloseable {

    final Workspace workspace;
    final Source source;
    final Store store;
    private final List<Object[]> pending = new ArrayList<>();
    private boolean loaded;

    private HandmadeStore(Workspace workspace, Store store) throws Exception {
        this.workspace = workspace;
        this.source = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
        this.store = store;
        SourceTables.create(store, source);
    }

    static HandmadeStore open(Path folder) throws Exception {
        Workspace workspace = TestWorkspaces.subscriptionsOnly(folder, "");
        return new HandmadeStore(workspace, Store.open(StoreLocation.duckDb(folder.resolve("store.duckdb"))));
    }

    /** Adds a subscription; {@code end} is null for an open end. Rows get file lines 2, 3, ... in the order added. */
    HandmadeStore subscription(String account, String start, String end, String mrr) {
        pending.add(new Object[] {"S" + (pending.size() + 1), account, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), new BigDecimal(mrr)});
        return this;
    }

    RevenueCalculator calculator() {
        load();
        return RevenueCalculator.forWorkspace(store, workspace);
    }

    RevenueCalculator calculator(RevenueSettings settings) {
        load();
        return RevenueCalculator.forWorkspace(store, workspace, settings);
    }

    ExpansionOutcomes outcomes(LocalDate asOf) {
        load();
        return ExpansionOutcomes.load(store, workspace, asOf);
    }

    /** Returns each account's months as "YYYY-MM mrr movement", with "-" for no movement. */
    Map<String, List<String>> histories(LocalDate asOf) {
        Map<String, List<String>> histories = new LinkedHashMap<>();
        calculator().calculate(asOf, account -> {
            List<String> months = new ArrayList<>();
            for (int i = 0; i < account.months().size(); i++) {
                Movement movement = account.movement(i);
                months.add(account.months().month(i) + " " + account.mrr(i).setScale(2, RoundingMode.UNNECESSARY) + " "
                        + (movement == null ? "-" : movement.outputName()));
            }
            histories.put(account.accountId(), months);
        });
        return histories;
    }

    private void load() {
        if (!loaded) {
            SourceTables.insert(store, source, pending);
            loaded = true;
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
