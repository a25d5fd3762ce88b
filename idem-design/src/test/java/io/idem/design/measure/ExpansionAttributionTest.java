package io.idem.design.measure;

import static io.idem.design.measure.MeasureFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.revenue.Movement;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attribution of a hand-made ledger to the won opportunities and plays of {@link MeasureFixture}
 * with the default 90-day window. Won by the as-of date: o1 (A, 2024-04-10, 100), o8 (A, 2024-05-20,
 * 25), o2 (B, 2024-05-04, 50) and o5 (F, 2024-03-02, 30, no play).
 */
class ExpansionAttributionTest {

    private static final List<LedgerExpansion> LEDGER = List.of(
            // o1 closes exactly 90 days later: attributed 70, o1 keeps 30.
            entry("A", "2024-01-11", Movement.EXPANSION, "70"),
            // o8 is 8 days away and goes first (25), then o1 (32 days away) gives its last 30. The other 15 is unattributed.
            entry("A", "2024-05-12", Movement.EXPANSION, "70"),
            // o2 caps at 50, so 10 stays unattributed.
            entry("B", "2024-05-04", Movement.EXPANSION, "60"),
            // o2 is in the window but used up, so 5 is unattributed and not influenced by p2.
            entry("B", "2024-05-10", Movement.EXPANSION, "5"),
            // o5 closed exactly 90 days before; it has no play, so the playbook is empty.
            entry("F", "2024-05-31", Movement.REACTIVATION, "30"),
            // 91 days after o5 and F has no play: unattributed.
            entry("F", "2024-06-01", Movement.EXPANSION, "10"),
            // C won nothing; p3 started the same day, then 60 days before: influenced by rescue.
            entry("C", "2024-05-01", Movement.REACTIVATION, "40"),
            entry("C", "2024-06-30", Movement.EXPANSION, "15"),
            // E won nothing; p5 started exactly 90 days before, then 91: influenced 12, unattributed 8.
            entry("E", "2024-03-31", Movement.EXPANSION, "12"),
            entry("E", "2024-04-01", Movement.EXPANSION, "8"));

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void splitsLedgerIntoAttributedInfluencedAndRest(Engine engine) {
        AttributionResult result = attribute(engine, LEDGER);

        assertThat(result.entries()).isEqualTo(10);
        assertThat(result.expansion()).isEqualByComparingTo("320");
        assertThat(result.attributed()).isEqualByComparingTo("205");
        assertThat(result.influenced()).isEqualByComparingTo("67");
        assertThat(result.unattributed()).isEqualByComparingTo("48");
        assertThat(result.byPlaybook()).extracting(PlaybookAttribution::playbook).containsExactly("", "rescue", "upgrade");
        assertRow(result.byPlaybook().get(0), "30", "0");
        assertRow(result.byPlaybook().get(1), "0", "55");
        assertRow(result.byPlaybook().get(2), "175", "12");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ledgerOrderDoesNotChangeResult(Engine engine) {
        List<LedgerExpansion> reversed = new java.util.ArrayList<>(LEDGER);
        java.util.Collections.reverse(reversed);

        AttributionResult result = attribute(engine, reversed);

        assertThat(result.attributed()).isEqualByComparingTo("205");
        assertThat(result.unattributed()).isEqualByComparingTo("48");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void narrowerWindowDropsEdges(Engine engine) {
        try (TestStore test = TestStore.open(engine, folder)) {
            MeasureFixture.load(test.store());
            WorkItems items = new WorkItemReader(test.store()).read(AS_OF);

            AttributionResult result = ExpansionAttribution.attribute(LEDGER, items, AS_OF, 89);

            // Lost against 90 days: A's 70 on 2024-01-11, F's 30 and E's 12, all at exactly 90 days.
            // A's 2024-05-12 expansion then gets 25 from o8 and 45 from o1.
            assertThat(result.attributed()).isEqualByComparingTo("120");
            assertThat(result.influenced()).isEqualByComparingTo("55");
            assertThat(result.unattributed()).isEqualByComparingTo("145");
        }
    }

    @Test
    void rejectsNegativeWindow() {
        WorkItems none = new WorkItems(List.of(), List.of(), List.of());

        assertThatThrownBy(() -> ExpansionAttribution.attribute(LEDGER, none, AS_OF, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 days");
    }

    @Test
    void rejectsContractionEntry() {
        assertThatThrownBy(() -> entry("A", "2024-01-01", Movement.CONTRACTION, "5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contraction");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesAttributionFiles(Engine engine) throws Exception {
        AttributionResult result = attribute(engine, LEDGER);

        OperationsCsvWriter.writeAttribution(folder, result);

        assertThat(Files.readAllLines(folder.resolve("attribution.csv"))).containsExactly("playbook,attributed_mrr,influenced_mrr",
                ",30.00,0.00", "rescue,0.00,55.00", "upgrade,175.00,12.00");
        String json = Files.readString(folder.resolve("attribution_summary.json")).replaceAll("\\s+", "");
        assertThat(json).isEqualTo("{\"as_of\":\"2024-06-30\",\"window_days\":90,\"ledger_entries\":10,\"expansion_mrr\":320.00,"
                + "\"attributed_mrr\":205.00,\"influenced_mrr\":67.00,\"unattributed_mrr\":48.00}");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void outputsWritesEveryFile(Engine engine) throws Exception {
        Files.writeString(folder.resolve("idem.yaml"), """
                idem: 1
                workspace: outputs
                sources:
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: {type: string, required: true}
                """);
        Workspace workspace = WorkspaceLoader.load(folder);
        Path output = folder.resolve("out");
        try (TestStore test = TestStore.open(engine, folder)) {
            MeasureFixture.load(test.store());

            AttributionResult result = OperationsOutputs.write(test.store(), workspace, AS_OF, LEDGER, 90, output);

            assertThat(result.unattributed()).isEqualByComparingTo("48");
        }
        try (var files = Files.list(output)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("operations_by_playbook.csv",
                    "operations_by_owner.csv", "operations_by_segment.csv", "attribution.csv", "attribution_summary.json");
        }
    }

    @Test
    void readsExpansionsFromLedgerCsv() throws Exception {
        Path file = folder.resolve("ledger.csv");
        Files.writeString(file, String.join("\n", LedgerCsvReader.HEADER,
                "2024-01-01,A,new,100.00,100.00",
                "2024-02-01,\"Acme, Inc.\",expansion,20.50,120.50",
                "2024-03-01,A,churn,120.50,0.00",
                "2024-04-01,A,reactivation,90.00,90.00") + "\n");

        List<LedgerExpansion> entries = LedgerCsvReader.read(file);

        assertThat(entries).containsExactly(entry("Acme, Inc.", "2024-02-01", Movement.EXPANSION, "20.50"),
                entry("A", "2024-04-01", Movement.REACTIVATION, "90.00"));
    }

    @Test
    void ledgerCsvErrorNamesLine() throws Exception {
        Path file = folder.resolve("ledger.csv");
        Files.writeString(file, LedgerCsvReader.HEADER + "\n2024-01-01,A,growth,1.00,1.00\n");

        assertThatThrownBy(() -> LedgerCsvReader.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'growth'");
    }

    private AttributionResult attribute(Engine engine, List<LedgerExpansion> ledger) {
        try (TestStore test = TestStore.open(engine, folder)) {
            MeasureFixture.load(test.store());
            WorkItems items = new WorkItemReader(test.store()).read(AS_OF);
            return ExpansionAttribution.attribute(ledger, items, AS_OF, ExpansionAttribution.DEFAULT_WINDOW_DAYS);
        }
    }

    private static void assertRow(PlaybookAttribution row, String attributed, String influenced) {
        assertThat(row.attributed()).as("attributed to %s", row.playbook()).isEqualByComparingTo(new BigDecimal(attributed));
        assertThat(row.influenced()).as("influenced by %s", row.playbook()).isEqualByComparingTo(new BigDecimal(influenced));
    }

    private static LedgerExpansion entry(String account, String date, Movement movement, String amount) {
        return new LedgerExpansion(account, LocalDate.parse(date), movement, new BigDecimal(amount));
    }
}
