package io.idem.revenue;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A DuckDB store for hand-made cases with every optional subscriptions column (billing_amount,
 * billing_period, is_trial, one_off, discount, currency) and an accounts table with plan and owner.
 */
final class WideStore implements AutoCloseable {

    static final String YAML = """
            idem: 1
            workspace: wide
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
                  plan: string
                  owner: string
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: {type: string, required: true}
                  account_id: {type: string, required: true}
                  start_date: {type: date, required: true}
                  end_date: date
                  mrr: money
                  billing_amount: money
                  billing_period: string
                  is_trial: boolean
                  one_off: boolean
                  discount: number
                  currency: string
            """;

    final Workspace workspace;
    final Store store;
    private final Source subscriptions;
    private final Source accounts;
    private final List<Object[]> subscriptionRows = new ArrayList<>();
    private final List<Object[]> accountRows = new ArrayList<>();
    private boolean loaded;

    private WideStore(Workspace workspace, Store store) throws Exception {
        this.workspace = workspace;
        this.store = store;
        this.subscriptions = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
        this.accounts = workspace.sourceOfKind(SourceKind.ACCOUNTS).orElseThrow();
        SourceTables.create(store, subscriptions);
        SourceTables.create(store, accounts);
    }

    /** Writes the workspace (with {@code extraYaml} appended) into {@code folder} and opens a store there. */
    static WideStore open(Path folder, String extraYaml) throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), YAML + extraYaml);
        Workspace workspace = WorkspaceLoader.load(folder);
        return new WideStore(workspace, Store.open(StoreLocation.duckDb(folder.resolve("store.duckdb"))));
    }

    static WideStore open(Path folder) throws Exception {
        return open(folder, "");
    }

    WideStore account(String id, String plan, String owner) {
        accountRows.add(new Object[] {id, plan, owner});
        return this;
    }

    /** Starts a subscription row; {@code end} is null for an open end. */
    Row subscription(String account, String start, String end) {
        return new Row(account, start, end);
    }

    RevenueCalculator calculator() {
        return calculator(RevenueSettings.of(workspace));
    }

    RevenueCalculator calculator(RevenueSettings settings) {
        load();
        return RevenueCalculator.forWorkspace(store, workspace, settings);
    }

    private void load() {
        if (!loaded) {
            SourceTables.insert(store, subscriptions, subscriptionRows);
            SourceTables.insert(store, accounts, accountRows);
            loaded = true;
        }
    }

    @Override
    public void close() {
        store.close();
    }

    /** One subscription row under construction; unset columns are blank. */
    final class Row {
        private final Object[] values = new Object[11];

        private Row(String account, String start, String end) {
            values[0] = "S" + (subscriptionRows.size() + 1);
            values[1] = account;
            values[2] = LocalDate.parse(start);
            values[3] = end == null ? null : LocalDate.parse(end);
        }

        Row mrr(String amount) {
            values[4] = new BigDecimal(amount);
            return this;
        }

        Row billing(String amount, String period) {
            values[5] = new BigDecimal(amount);
            values[6] = period;
            return this;
        }

        Row trial() {
            values[7] = Boolean.TRUE;
            return this;
        }

        Row oneOff() {
            values[8] = Boolean.TRUE;
            return this;
        }

        Row discount(double fraction) {
            values[9] = fraction;
            return this;
        }

        Row currency(String code) {
            values[10] = code;
            return this;
        }

        /** Adds the row; it gets file line 2, 3, ... in the order added. */
        WideStore add() {
            subscriptionRows.add(values);
            return WideStore.this;
        }
    }
}
