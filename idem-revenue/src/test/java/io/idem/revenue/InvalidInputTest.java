package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subscription data the metrics cannot use fails with the line, column, value and fix. */
class InvalidInputTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path temp;

    @Test
    void rejectsNegativeMrr() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", null, "10").subscription("B", "2024-01-01", null, "-5");

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("mrr is '-5.0000'")
                    .hasMessageContaining("must not be negative");
        }
    }

    @Test
    void rejectsMissingStartDate() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-01", null, "10").subscription("A", null, null, "20");

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("start_date is missing");
        }
    }

    @Test
    void rejectsMissingTable() throws Exception {
        var workspace = TestWorkspaces.subscriptionsOnly(temp, "");
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("empty.duckdb")))) {

            assertThatThrownBy(() -> RevenueCalculator.forWorkspace(store, workspace).calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("src_subscriptions")
                    .hasMessageContaining("import the subscriptions source first");
        }
    }

    @Test
    void rejectsWorkspaceWithoutSubscriptions() throws Exception {
        Files.writeString(temp.resolve("idem.yaml"), """
                idem: 1
                workspace: accounts_only
                sources:
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: {type: string, required: true}
                """);
        var workspace = WorkspaceLoader.load(temp);
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("store.duckdb")))) {

            assertThatThrownBy(() -> RevenueCalculator.forWorkspace(store, workspace))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("accounts_only")
                    .hasMessageContaining("no source of kind subscriptions");
        }
    }
}
