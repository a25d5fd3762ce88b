package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.cli.CliTestSupport.Execution;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code idem run} on the RavenStack example as a user would and checks its numbers against a
 * computation written here, straight from the CSV files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RavenStackRunTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    static Path temp;

    private Path out;
    private Path workspace;
    private String firstRunOutput;
    private int exitCode;

    @BeforeAll
    void runOnce() throws IOException {
        workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        out = temp.resolve("out");
        Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", out.toString());
        exitCode = run.exitCode();
        firstRunOutput = run.output() + run.errors();
    }

    @Test
    void runSucceedsAndPrintsSummary() {
        assertThat(exitCode).as(firstRunOutput).isZero();
        assertThat(firstRunOutput).contains("Expansion share").contains("Plays started");
    }

    @Test
    void monthlyMovementsMatchIndependentComputation() throws IOException {
        Map<YearMonth, Map<String, BigDecimal>> expected = independentMovements();
        List<Map<String, String>> actual = readCsv(out.resolve("revenue/movements.csv"));

        assertThat(actual).hasSize(expected.size());
        for (Map<String, String> row : actual) {
            Map<String, BigDecimal> month = expected.get(YearMonth.parse(row.get("month")));
            assertThat(month).as("month %s", row.get("month")).isNotNull();
            for (String column : List.of("new", "expansion", "contraction", "churn", "reactivation", "mrr")) {
                assertThat(new BigDecimal(row.get(column))).as("%s in %s", column, row.get("month"))
                        .isEqualByComparingTo(month.get(column));
            }
        }
    }

    @Test
    void retentionAndExpansionShareMatchIndependentComputation() throws IOException {
        Map<String, Map<YearMonth, BigDecimal>> mrr = independentMrr();
        YearMonth end = YearMonth.from(AS_OF);
        YearMonth start = end.minusMonths(12);
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal now = BigDecimal.ZERO;
        BigDecimal capped = BigDecimal.ZERO;
        for (Map<YearMonth, BigDecimal> account : mrr.values()) {
            BigDecimal before = account.getOrDefault(start, BigDecimal.ZERO);
            if (before.signum() > 0) {
                BigDecimal after = account.getOrDefault(end, BigDecimal.ZERO);
                base = base.add(before);
                now = now.add(after);
                capped = capped.add(after.min(before));
            }
        }
        Map<YearMonth, Map<String, BigDecimal>> movements = independentMovements();
        BigDecimal added = BigDecimal.ZERO;
        BigDecimal expansion = BigDecimal.ZERO;
        for (YearMonth month = start.plusMonths(1); !month.isAfter(end); month = month.plusMonths(1)) {
            Map<String, BigDecimal> m = movements.get(month);
            expansion = expansion.add(m.get("expansion"));
            added = added.add(m.get("new")).add(m.get("expansion")).add(m.get("reactivation"));
        }

        JsonNode summary = new ObjectMapper().readTree(out.resolve("revenue/summary.json").toFile());
        assertThat(summary.path("nrr").path("value").asDouble()).isCloseTo(now.doubleValue() / base.doubleValue(), within(1e-9));
        assertThat(summary.path("grr").path("value").asDouble()).isCloseTo(capped.doubleValue() / base.doubleValue(), within(1e-9));
        assertThat(summary.path("expansion_share").path("value").asDouble())
                .isCloseTo(expansion.doubleValue() / added.doubleValue(), within(1e-9));
        assertThat(summary.path("benchmarks").path("expansion_share").path("target").asDouble()).isEqualTo(0.30);
    }

    @Test
    void usageFeatureMatchesIndependentSum() throws IOException {
        Map<String, String> subscriptionAccount = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_subscriptions.csv")) {
            subscriptionAccount.put(row.get("subscription_id"), row.get("account_id"));
        }
        Map<String, Double> usage30 = new HashMap<>();
        Map<String, Set<String>> featuresUsed = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_feature_usage.csv")) {
            LocalDate day = LocalDate.parse(row.get("usage_date"));
            if (day.isAfter(AS_OF.minusDays(30)) && !day.isAfter(AS_OF)) {
                String account = subscriptionAccount.get(row.get("subscription_id"));
                usage30.merge(account, Double.parseDouble(row.get("usage_count")), Double::sum);
                featuresUsed.computeIfAbsent(account, a -> new HashSet<>()).add(row.get("feature_name"));
            }
        }

        List<Map<String, String>> features = readCsv(out.resolve("features.csv"));
        assertThat(features).hasSize(500);
        for (Map<String, String> row : features) {
            String account = row.get("account_id");
            assertThat(Double.parseDouble(row.get("usage_30d"))).as("usage_30d of %s", account)
                    .isEqualTo(usage30.getOrDefault(account, 0.0));
            assertThat(Double.parseDouble(row.get("features_used_30d"))).as("features_used_30d of %s", account)
                    .isEqualTo(featuresUsed.getOrDefault(account, Set.of()).size());
        }
    }

    @Test
    void ticketRecencyMatchesIndependentComputation() throws IOException {
        Map<String, LocalDate> lastTicket = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_support_tickets.csv")) {
            LocalDate day = LocalDate.parse(row.get("submitted_at"));
            if (!day.isAfter(AS_OF)) {
                lastTicket.merge(row.get("account_id"), day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (Map<String, String> row : readCsv(out.resolve("features.csv"))) {
            LocalDate last = lastTicket.get(row.get("account_id"));
            String value = row.get("days_since_last_ticket");
            if (last == null) {
                assertThat(value).isEmpty();
            } else {
                assertThat(Double.parseDouble(value)).isEqualTo(ChronoUnit.DAYS.between(last, AS_OF));
            }
        }
    }

    @Test
    void outputsAreWrittenAndPlaysHaveOwners() throws IOException {
        for (String file : List.of("revenue/movements.csv", "revenue/summary.json", "backtest.csv", "segments.csv", "plays.csv",
                "tasks.csv", "opportunities.csv", "health.csv", "triggers.csv", "run.json", "report.html")) {
            assertThat(out.resolve(file)).as(file).exists();
        }
        for (String segment : List.of("plan_upgrade_ready", "renewal_expansion", "at_risk")) {
            assertThat(out.resolve("segments").resolve(segment + ".csv")).exists();
        }
        List<Map<String, String>> plays = readCsv(out.resolve("plays.csv"));
        assertThat(plays).isNotEmpty();
        assertThat(plays).allSatisfy(p -> assertThat(p.get("owner")).isIn("Avery Chen", "Jordan Patel", "Sam Rivera"));
        List<Map<String, String>> opportunities = readCsv(out.resolve("opportunities.csv"));
        assertThat(opportunities).isNotEmpty();
        assertThat(opportunities).allSatisfy(o -> assertThat(new BigDecimal(o.get("expected_mrr"))).isPositive());
    }

    @Test
    void planUpgradeValueFollowsTheLadder() throws IOException {
        Map<String, Map<String, String>> accounts = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_accounts.csv")) {
            accounts.put(row.get("account_id"), row);
        }
        Map<String, BigDecimal> seatPrice = Map.of("Basic", new BigDecimal("19"), "Pro", new BigDecimal("49"), "Enterprise", new BigDecimal("199"));
        Map<String, String> next = Map.of("Basic", "Pro", "Pro", "Enterprise");
        for (Map<String, String> opportunity : readCsv(out.resolve("opportunities.csv"))) {
            if (!opportunity.get("offer").equals("next_plan")) {
                continue;
            }
            Map<String, String> account = accounts.get(opportunity.get("account_id"));
            String plan = account.get("plan_tier");
            BigDecimal expected = seatPrice.get(next.get(plan)).subtract(seatPrice.get(plan)).multiply(new BigDecimal(account.get("seats")));
            assertThat(new BigDecimal(opportunity.get("expected_mrr"))).isEqualByComparingTo(expected);
        }
    }

    @Test
    void secondRunCreatesNoNewPlays() throws IOException {
        int plays = readCsv(out.resolve("plays.csv")).size();
        int opportunities = readCsv(out.resolve("opportunities.csv")).size();
        Path again = temp.resolve("again");

        Execution second = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", again.toString());

        assertThat(second.exitCode()).as(second.errors()).isZero();
        assertThat(second.output()).contains("Plays started: 0 (tasks 0, opportunities 0)");
        assertThat(second.output()).contains("(unchanged, not re-imported)");
        assertThat(readCsv(again.resolve("plays.csv"))).hasSize(plays);
        assertThat(readCsv(again.resolve("opportunities.csv"))).hasSize(opportunities);
    }

    private Map<String, Map<YearMonth, BigDecimal>> independentMrr() throws IOException {
        List<RavenStackCsv.Subscription> subscriptions = RavenStackCsv.subscriptions();
        YearMonth first = subscriptions.stream().map(s -> YearMonth.from(s.start())).min(YearMonth::compareTo).orElseThrow();
        Map<String, Map<YearMonth, BigDecimal>> mrr = new HashMap<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(AS_OF)); month = month.plusMonths(1)) {
            LocalDate day = month.atEndOfMonth();
            for (RavenStackCsv.Subscription s : subscriptions) {
                if (s.activeOn(day)) {
                    mrr.computeIfAbsent(s.account(), a -> new TreeMap<>()).merge(month, s.mrr(), BigDecimal::add);
                }
            }
        }
        return mrr;
    }

    private Map<YearMonth, Map<String, BigDecimal>> independentMovements() throws IOException {
        List<RavenStackCsv.Subscription> subscriptions = RavenStackCsv.subscriptions();
        Map<String, Map<YearMonth, BigDecimal>> mrr = independentMrr();
        YearMonth first = subscriptions.stream().map(s -> YearMonth.from(s.start())).min(YearMonth::compareTo).orElseThrow();
        Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
        Set<String> everPaid = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        subscriptions.forEach(s -> accounts.add(s.account()));
        for (YearMonth month = first; !month.isAfter(YearMonth.from(AS_OF)); month = month.plusMonths(1)) {
            Map<String, BigDecimal> totals = new HashMap<>();
            for (String name : List.of("new", "expansion", "contraction", "churn", "reactivation", "mrr")) {
                totals.put(name, BigDecimal.ZERO);
            }
            for (String account : accounts) {
                Map<YearMonth, BigDecimal> series = mrr.getOrDefault(account, Map.of());
                BigDecimal before = series.getOrDefault(month.minusMonths(1), BigDecimal.ZERO);
                BigDecimal after = series.getOrDefault(month, BigDecimal.ZERO);
                totals.merge("mrr", after, BigDecimal::add);
                if (before.signum() == 0 && after.signum() > 0) {
                    totals.merge(everPaid.contains(account) ? "reactivation" : "new", after, BigDecimal::add);
                } else if (before.signum() > 0 && after.signum() == 0) {
                    totals.merge("churn", before, BigDecimal::add);
                } else if (after.compareTo(before) > 0) {
                    totals.merge("expansion", after.subtract(before), BigDecimal::add);
                } else if (after.compareTo(before) < 0) {
                    totals.merge("contraction", before.subtract(after), BigDecimal::add);
                }
                if (after.signum() > 0) {
                    everPaid.add(account);
                }
            }
            months.put(month, totals);
        }
        return months;
    }
}
