package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code idem backtest} on RavenStack, against the run's trigger backtest and a computation from the CSV files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestCommandTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    static Path temp;

    private List<Map<String, String>> signals;
    private List<Map<String, String>> runBacktest;

    @BeforeAll
    void runBoth() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", temp.resolve("run").toString());
        assertThat(run.exitCode()).as(run.errors()).isZero();
        CliTestSupport.Execution backtest = execute("backtest", "--workspace", workspace.toString(), "--as-of", AS_OF.toString(),
                "--out", temp.resolve("backtest").toString());
        assertThat(backtest.exitCode()).as(backtest.errors()).isZero();
        signals = readCsv(temp.resolve("backtest/backtest_signals.csv"));
        runBacktest = readCsv(temp.resolve("run/backtest.csv"));
    }

    @Test
    void triggerRowsMatchTheRunsBacktest() {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        runBacktest.forEach(r -> byKey.put(r.get("trigger") + "|" + r.get("month"), r));
        List<Map<String, String>> triggers = signals.stream().filter(r -> r.get("type").equals("trigger")).toList();

        assertThat(triggers).hasSize(runBacktest.size());
        for (Map<String, String> row : triggers) {
            Map<String, String> expected = byKey.get(row.get("signal") + "|" + row.get("month_end").substring(0, 7));
            assertThat(expected).as("run backtest row of %s at %s", row.get("signal"), row.get("month_end")).isNotNull();
            assertThat(row.get("flagged")).isEqualTo(expected.get("fired"));
            assertThat(row.get("flagged_expanded")).isEqualTo(expected.get("fired_expanded"));
            assertThat(row.get("paying")).isEqualTo(expected.get("base_accounts"));
        }
    }

    @Test
    void payingAndExpandedMatchCsv() throws IOException {
        List<RavenStackCsv.Subscription> subscriptions = RavenStackCsv.subscriptions();
        for (Map<String, String> row : signals.stream().filter(r -> r.get("signal").equals("at_risk")).toList()) {
            LocalDate day = LocalDate.parse(row.get("month_end"));
            Set<String> paying = new HashSet<>();
            Set<String> expanded = new HashSet<>();
            Map<String, BigDecimal> mrrOnDay = mrrOn(subscriptions, day);
            mrrOnDay.forEach((account, mrr) -> {
                if (mrr.signum() > 0) {
                    paying.add(account);
                }
            });
            for (int offset = 1; offset <= 90; offset++) {
                Map<String, BigDecimal> later = mrrOn(subscriptions, day.plusDays(offset));
                for (String account : paying) {
                    if (later.getOrDefault(account, BigDecimal.ZERO).compareTo(mrrOnDay.get(account)) > 0) {
                        expanded.add(account);
                    }
                }
            }
            assertThat(Integer.parseInt(row.get("paying"))).as("paying on %s", day).isEqualTo(paying.size());
            assertThat(Integer.parseInt(row.get("expanded"))).as("expanded after %s", day).isEqualTo(expanded.size());
        }
    }

    @Test
    void ratiosFollowTheirCounts() {
        for (Map<String, String> row : signals) {
            int flagged = Integer.parseInt(row.get("flagged"));
            int hits = Integer.parseInt(row.get("flagged_expanded"));
            if (flagged > 0) {
                assertThat(Double.parseDouble(row.get("precision"))).isCloseTo((double) hits / flagged, org.assertj.core.data.Offset.offset(1e-4));
            } else {
                assertThat(row.get("precision")).isEmpty();
            }
            assertThat(row.get("configuration")).startsWith("1@");
        }
        assertThat(signals.stream().map(r -> r.get("type")).distinct()).containsExactlyInAnyOrder("trigger", "segment", "health_band");
    }

    private static Map<String, BigDecimal> mrrOn(List<RavenStackCsv.Subscription> subscriptions, LocalDate day) {
        Map<String, BigDecimal> mrr = new HashMap<>();
        for (RavenStackCsv.Subscription s : subscriptions) {
            if (s.activeOn(day)) {
                mrr.merge(s.account(), s.mrr(), BigDecimal::add);
            }
        }
        return mrr;
    }
}
