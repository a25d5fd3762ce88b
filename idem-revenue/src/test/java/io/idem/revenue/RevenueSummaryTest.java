package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NRR, GRR and expansion share on hand-made accounts, and the nulls with reasons when they cannot be computed. */
class RevenueSummaryTest {

    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

    @TempDir
    Path temp;

    /**
     * At 2023-12-31 A pays 100, B 200, C 50 and E 30 (E starts that day); D starts later. At
     * 2024-12-31 A pays 150, B 100, C 0 and E 30.
     */
    private static void retentionCase(HandmadeStore data) {
        data.subscription("A", "2023-12-01", null, "100")
                .subscription("A", "2024-06-01", null, "50")
                .subscription("B", "2023-11-01", "2024-05-01", "200")
                .subscription("B", "2024-05-01", null, "100")
                .subscription("C", "2023-10-01", "2024-03-01", "50")
                .subscription("D", "2024-02-01", null, "500")
                .subscription("E", "2023-12-31", null, "30");
    }

    @Test
    void retentionFollowsAccountsPayingTwelveMonthsBefore() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            retentionCase(data);

            RevenueSummary summary = data.calculator().calculate(YEAR_END).summary();

            assertThat(summary.nrr().value()).isCloseTo(280.0 / 380.0, within(1e-12));
            assertThat(summary.grr().value()).isCloseTo(230.0 / 380.0, within(1e-12));
            assertThat(summary.nrr().accounts()).isEqualTo(4);
            assertThat(summary.nrr().startMrr()).isEqualByComparingTo("380");
            assertThat(summary.grr().endMrr()).isEqualByComparingTo("230");
            assertThat(summary.nrr().startMonth()).isEqualTo(YearMonth.of(2023, 12));
            assertThat(summary.nrr().reason()).isNull();
            assertThat(summary.mrr()).isEqualByComparingTo("780");
        }
    }

    @Test
    void expansionShareOverYearAndHistory() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            retentionCase(data);

            RevenueSummary summary = data.calculator().calculate(YEAR_END).summary();

            assertThat(summary.expansionShare().value()).isCloseTo(50.0 / 550.0, within(1e-12));
            assertThat(summary.expansionShare().newMrr()).isEqualByComparingTo("500");
            assertThat(summary.expansionShare().startMonth()).isEqualTo(YearMonth.of(2024, 1));
            assertThat(summary.expansionShareAllHistory().value()).isCloseTo(50.0 / 930.0, within(1e-12));
            assertThat(summary.expansionShareAllHistory().startMonth()).isEqualTo(YearMonth.of(2023, 10));
        }
    }

    @Test
    void benchmarksComeFromWorkspaceOrDefaults() throws Exception {
        TestWorkspaces.subscriptionsOnly(temp, "");
        var defaults = RevenueSettings.of(TestWorkspaces.subscriptionsOnly(temp, ""));
        var custom = RevenueSettings.of(TestWorkspaces.subscriptionsOnly(temp,
                "benchmarks:\n  nrr: {target: 1.1, source: board plan}\n"));

        assertThat(defaults.expansionShare().target()).isEqualTo(0.30);
        assertThat(defaults.nrr().target()).isEqualTo(1.0);
        assertThat(defaults.grr().target()).isEqualTo(0.90);
        assertThat(defaults.currency()).isEqualTo("USD");
        assertThat(custom.nrr().target()).isEqualTo(1.1);
        assertThat(custom.nrr().source()).isEqualTo("board plan");
    }

    @Test
    void retentionWithoutHistoryIsNullWithReason() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-01-15", null, "100");

            RevenueSummary summary = data.calculator().calculate(LocalDate.of(2024, 6, 30)).summary();

            assertThat(summary.nrr().value()).isNull();
            assertThat(summary.nrr().reason()).contains("2023-06");
            assertThat(summary.grr().value()).isNull();
            assertThat(summary.nrr().accounts()).isZero();
            assertThat(summary.expansionShare().value()).isEqualTo(0.0);
        }
    }

    @Test
    void expansionShareWithoutInflowIsNullWithReason() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2021-01-01", null, "100");

            RevenueSummary summary = data.calculator().calculate(LocalDate.of(2024, 6, 30)).summary();

            assertThat(summary.expansionShare().value()).isNull();
            assertThat(summary.expansionShare().reason()).contains("2023-07").contains("2024-06");
            assertThat(summary.expansionShareAllHistory().value()).isEqualTo(0.0);
            assertThat(summary.nrr().value()).isEqualTo(1.0);
        }
    }

    @Test
    void summaryJsonWritesNullValuesWithReasons() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2024-05-15", null, "100.005");
            Path out = temp.resolve("out");

            RevenueOutputs.write(data.calculator(), LocalDate.of(2024, 6, 30), out);

            JsonNode summary = new ObjectMapper().readTree(out.resolve(SummaryJsonWriter.FILE).toFile());
            assertThat(summary.at("/nrr/value").isNull()).isTrue();
            assertThat(summary.at("/nrr/reason").asText()).contains("no account had MRR above 0");
            assertThat(summary.at("/grr/value").isNull()).isTrue();
            assertThat(summary.at("/expansion_share/value").asDouble()).isEqualTo(0.0);
            assertThat(summary.at("/expansion_share/new").decimalValue()).isEqualByComparingTo("100.00");
            String text = Files.readString(out.resolve(SummaryJsonWriter.FILE));
            assertThat(text).contains("\"mrr\" : 100.00,").contains("\"arr\" : 1200.06,").doesNotContain("NaN");
        }
    }

    @Test
    void emptyTableGivesZeroMrrAndNullRatios() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("A", "2025-01-01", null, "100");
            Path out = temp.resolve("out");

            RevenueResult result = RevenueOutputs.write(data.calculator(), YEAR_END, out);

            assertThat(result.months().size()).isZero();
            assertThat(result.accounts()).isZero();
            assertThat(result.summary().mrr()).isEqualByComparingTo("0");
            assertThat(result.summary().nrr().value()).isNull();
            assertThat(result.summary().expansionShareAllHistory().reason()).isNotBlank();
            assertThat(Files.readAllLines(out.resolve(MovementsCsvWriter.FILE)))
                    .containsExactly("month,new,expansion,contraction,churn,reactivation,mrr");
            assertThat(Files.readAllLines(out.resolve(AccountMrrCsvWriter.FILE))).containsExactly("account_id,month,mrr,movement");
        }
    }

    @Test
    void accountFileSkipsIdleMonths() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            data.subscription("Acme, Inc.", "2024-02-10", "2024-04-01", "99.5")
                    .subscription("B", "2024-01-01", null, "10");
            Path out = temp.resolve("out");

            RevenueOutputs.write(data.calculator(), LocalDate.of(2024, 6, 30), out);

            List<String> lines = Files.readAllLines(out.resolve(AccountMrrCsvWriter.FILE));
            assertThat(lines).filteredOn(line -> line.startsWith("\"Acme")).containsExactly(
                    "\"Acme, Inc.\",2024-02,99.50,new",
                    "\"Acme, Inc.\",2024-03,99.50,",
                    "\"Acme, Inc.\",2024-04,0.00,churn");
            assertThat(lines).filteredOn(line -> line.startsWith("B,")).hasSize(6);
        }
    }
}
