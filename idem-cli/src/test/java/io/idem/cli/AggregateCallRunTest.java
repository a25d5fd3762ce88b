package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aggregate calls written inside trigger and segment conditions, checked against counts from the CSV files. */
class AggregateCallRunTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final String TRIGGER = """
              feature_5_user:
                kind: usage_trend
                when: count(usage where feature = 'feature_5', last 30d) >= 1 and sum(usage_count from usage, last 30d) > sum(usage_count from usage, last 30d, offset 30d)
            segments:
              feature_5_growing:
                when: feature_5_user and count(tickets, last 90d) = 0
            """;

    @TempDir
    Path temp;

    @Test
    void inlineAggregatesMatchCsvCounts() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.replaceOnce(workspace, "segments:\n", TRIGGER);

        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.errors()).isZero();
        Set<String> expectedTrigger = expectedTriggerAccounts();
        Set<String> recentTickets = accountsWithRecentTickets();
        Set<String> expectedSegment = expectedTrigger.stream().filter(a -> !recentTickets.contains(a)).collect(Collectors.toSet());
        Set<String> fired = readCsv(temp.resolve("out/triggers.csv")).stream().filter(r -> r.get("trigger").equals("feature_5_user"))
                .map(r -> r.get("account_id")).collect(Collectors.toSet());
        Set<String> members = readCsv(temp.resolve("out/segments/feature_5_growing.csv")).stream().map(r -> r.get("account_id"))
                .collect(Collectors.toSet());
        assertThat(expectedTrigger).isNotEmpty();
        assertThat(fired).isEqualTo(expectedTrigger);
        assertThat(members).isEqualTo(expectedSegment);
        assertThat(readCsv(temp.resolve("out/segments/feature_5_growing.csv")).get(0).get("reasons"))
                .contains("count(tickets, last 90d) = 0");
    }

    @Test
    void unknownSourceInCallIsReportedWithFix() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.replaceOnce(workspace, "segments:\n", """
                  typo:
                    kind: usage_trend
                    when: count(usgae, last 30d) > 0
                segments:
                """);

        CliTestSupport.Execution validate = execute("validate", "--workspace", workspace.toString());

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.errors()).contains("triggers.typo.when").contains("unknown source 'usgae'").contains("did you mean 'usage'?");
    }

    private static Set<String> expectedTriggerAccounts() throws IOException {
        Map<String, String> accountOf = new HashMap<>();
        RavenStackCsv.read("ravenstack_subscriptions.csv").forEach(r -> accountOf.put(r.get("subscription_id"), r.get("account_id")));
        Set<String> usedFeature5 = new HashSet<>();
        Map<String, Long> last30 = new HashMap<>();
        Map<String, Long> previous30 = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_feature_usage.csv")) {
            LocalDate day = LocalDate.parse(row.get("usage_date"));
            String account = accountOf.get(row.get("subscription_id"));
            long count = Long.parseLong(row.get("usage_count"));
            if (day.isAfter(AS_OF.minusDays(30)) && !day.isAfter(AS_OF)) {
                last30.merge(account, count, Long::sum);
                if (row.get("feature_name").equals("feature_5")) {
                    usedFeature5.add(account);
                }
            } else if (day.isAfter(AS_OF.minusDays(60)) && !day.isAfter(AS_OF.minusDays(30))) {
                previous30.merge(account, count, Long::sum);
            }
        }
        return usedFeature5.stream().filter(a -> last30.getOrDefault(a, 0L) > previous30.getOrDefault(a, 0L)).collect(Collectors.toSet());
    }

    private static Set<String> accountsWithRecentTickets() throws IOException {
        Set<String> accounts = new HashSet<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_support_tickets.csv")) {
            LocalDate day = LocalDate.parse(row.get("submitted_at"));
            if (day.isAfter(AS_OF.minusDays(90)) && !day.isAfter(AS_OF)) {
                accounts.add(row.get("account_id"));
            }
        }
        return accounts;
    }
}
