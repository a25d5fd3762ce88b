package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpansionOutcomesTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final LocalDate MARCH_END = LocalDate.of(2024, 3, 31);

    @TempDir
    Path temp;

    @Test
    void findsAccountsExpandingWithinWindow() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            OutcomeFixture.addAccounts(data);

            ExpansionOutcome outcome = data.outcomes(AS_OF).outcome(MARCH_END, ExpansionOutcomes.DEFAULT_HORIZON_DAYS);

            assertThat(outcome.base()).containsExactlyInAnyOrder("A", "B", "C", "E", "F", "G", "H", "I", "M");
            assertThat(outcome.expanded()).containsExactlyInAnyOrder("A", "B", "F", "I");
        }
    }

    @Test
    void shorterHorizonMissesLaterExpansion() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            OutcomeFixture.addAccounts(data);

            ExpansionOutcome outcome = data.outcomes(AS_OF).outcome(MARCH_END, 30);

            assertThat(outcome.expanded()).containsExactlyInAnyOrder("I");
        }
    }

    @Test
    void rejectsWindowEndingAfterAsOf() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            OutcomeFixture.addAccounts(data);
            ExpansionOutcomes outcomes = data.outcomes(AS_OF);

            assertThatThrownBy(() -> outcomes.outcome(LocalDate.of(2024, 11, 30), 90))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-02-28")
                    .hasMessageContaining("after the as-of date 2024-12-31");
        }
    }

    @Test
    void matchesDayByDayScanOnRavenStack() throws Exception {
        Workspace workspace = WorkspaceLoader.load(TestWorkspaces.ravenStackWorkspace());
        Source source = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS).orElseThrow();
        ReferenceRevenue reference = ReferenceRevenue.fromCsv(TestWorkspaces.ravenStackSubscriptions(), AS_OF);
        try (Store store = Store.open(StoreLocation.duckDb(temp.resolve("store.duckdb")))) {
            SourceTables.create(store, source);
            SourceTables.loadCsv(store, source, TestWorkspaces.ravenStackSubscriptions());
            ExpansionOutcomes outcomes = ExpansionOutcomes.load(store, workspace, AS_OF);

            for (LocalDate date : List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30))) {
                ExpansionOutcome outcome = outcomes.outcome(date, 90);

                Map.Entry<Set<String>, Set<String>> expected = scanEveryDay(reference, date, 90);
                assertThat(outcome.base()).as("base at %s", date).isEqualTo(expected.getKey());
                assertThat(outcome.expanded()).as("expanded after %s", date).isEqualTo(expected.getValue());
                assertThat(outcome.expanded()).as("expanded after %s", date).isNotEmpty();
            }
        }
    }

    /** Computes MRR on every day of the window, without relying on where MRR can rise. */
    private static Map.Entry<Set<String>, Set<String>> scanEveryDay(ReferenceRevenue reference, LocalDate date, int days) {
        Set<String> base = new HashSet<>();
        Set<String> expanded = new HashSet<>();
        for (String account : reference.subscriptionsByAccount.keySet()) {
            BigDecimal start = reference.mrrOn(account, date);
            if (start.signum() <= 0) {
                continue;
            }
            base.add(account);
            for (int day = 1; day <= days; day++) {
                if (reference.mrrOn(account, date.plusDays(day)).compareTo(start) > 0) {
                    expanded.add(account);
                    break;
                }
            }
        }
        return Map.entry(base, expanded);
    }
}
