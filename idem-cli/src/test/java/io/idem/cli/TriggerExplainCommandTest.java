package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code idem triggers explain} and {@code preview}, and segment explanations that open up the trigger
 * they use, on RavenStack with trend and usage values computed here from the usage CSV.
 */
class TriggerExplainCommandTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final String CONFIGURATION = """
              light_user:
                expression: coalesce(usage_30d, 0) < 20
            triggers:
              usage_falling_8w:
                kind: usage_trend
                when: trend(usage_count from usage, last 8w) < -0.05 and light_user
            """;
    private static final String SEGMENT = """
            segments:
              falling_payers:
                when: usage_falling_8w and mrr_now > 0
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Path workspace;
    private static Map<String, Double> trend8w;
    private static Map<String, Long> usage30d;

    @BeforeAll
    static void runOnce() throws IOException {
        workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.replaceOnce(workspace, "triggers:\n", CONFIGURATION);
        CliTestSupport.replaceOnce(workspace, "segments:\n", SEGMENT);
        computeUsageByHand();

        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
    }

    /**
     * Computes the 8-week trend and the 30-day usage of every account. Week k contains the rows dated 7k
     * to 7k + 6 days before the as-of date, and with 8 weeks the slope is the sum over rows of
     * (3.5 - k) * usage_count divided by 8 * 63 / 12 = 42.
     */
    private static void computeUsageByHand() throws IOException {
        Map<String, String> accountOf = new HashMap<>();
        RavenStackCsv.read("ravenstack_subscriptions.csv").forEach(r -> accountOf.put(r.get("subscription_id"), r.get("account_id")));
        trend8w = new HashMap<>();
        usage30d = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_feature_usage.csv")) {
            String account = accountOf.get(row.get("subscription_id"));
            long daysBefore = ChronoUnit.DAYS.between(LocalDate.parse(row.get("usage_date")), AS_OF);
            long count = Long.parseLong(row.get("usage_count"));
            if (daysBefore >= 0 && daysBefore < 56) {
                trend8w.merge(account, (3.5 - daysBefore / 7) * count / 42.0, Double::sum);
            }
            if (daysBefore >= 0 && daysBefore < 30) {
                usage30d.merge(account, count, Long::sum);
            }
        }
    }

    private static boolean holdsByHand(String account) {
        return trend8w.getOrDefault(account, 0.0) < -0.05 && usage30d.getOrDefault(account, 0L) < 20;
    }

    /** Returns the account with the steepest falling trend among those for which the trigger holds. */
    private static String steepestHoldingAccount() {
        return trend8w.keySet().stream().filter(TriggerExplainCommandTest::holdsByHand)
                .min((a, b) -> Double.compare(trend8w.get(a), trend8w.get(b))).orElseThrow();
    }

    @Test
    void triggerExplainJsonShowsTrendAndFeature() throws IOException {
        String account = steepestHoldingAccount();

        CliTestSupport.Execution explain = execute("triggers", "explain", "usage_falling_8w", account, "--json",
                "--workspace", workspace.toString(), "--as-of", AS_OF.toString());

        assertThat(explain.exitCode()).as(explain.transcript()).isZero();
        JsonNode root = JSON.readTree(explain.output());
        assertThat(root.get("kind").asText()).isEqualTo("and");
        assertThat(root.get("outcome").asText()).isEqualTo("true");
        JsonNode trend = root.get("children").get(0);
        assertThat(trend.get("text").asText()).isEqualTo("trend(usage_count from usage, last 56d) < -0.05");
        assertThat(trend.get("values").get("trend(usage_count from usage, last 56d)").asDouble())
                .isCloseTo(trend8w.get(account), within(1e-9));
        JsonNode lightUser = root.get("children").get(1);
        assertThat(lightUser.get("text").asText()).isEqualTo("light_user");
        assertThat(lightUser.get("condition").get("text").asText()).isEqualTo("coalesce(usage_30d, 0) < 20");
        assertThat(lightUser.get("condition").get("outcome").asText()).isEqualTo("true");
        assertThat(lightUser.get("condition").get("values").get("usage_30d").asDouble())
                .isEqualTo((double) usage30d.getOrDefault(account, 0L));
    }

    @Test
    void triggerExplainTextNestsDerivedFeature() {
        String account = steepestHoldingAccount();

        CliTestSupport.Execution explain = execute("triggers", "explain", "usage_falling_8w", account,
                "--workspace", workspace.toString(), "--as-of", AS_OF.toString());

        assertThat(explain.exitCode()).as(explain.transcript()).isZero();
        String firstLine = explain.output().lines().findFirst().orElseThrow();
        assertThat(firstLine).startsWith("Trigger usage_falling_8w holds for account " + account + " at " + AS_OF);
        assertThat(firstLine).contains("light_user held (true: coalesce(usage_30d, 0) < 20 held ("
                + usage30d.getOrDefault(account, 0L) + "))");
        assertThat(explain.output()).contains("\n      * coalesce(usage_30d, 0) < 20 held (");
    }

    @Test
    void segmentExplainOpensTrigger() throws IOException {
        String account = steepestHoldingAccount();

        CliTestSupport.Execution text = execute("segments", "explain", "falling_payers", account,
                "--workspace", workspace.toString(), "--as-of", AS_OF.toString());
        CliTestSupport.Execution json = execute("segments", "explain", "falling_payers", account, "--json",
                "--workspace", workspace.toString(), "--as-of", AS_OF.toString());

        assertThat(json.exitCode()).as(json.transcript()).isZero();
        JsonNode trigger = JSON.readTree(json.output()).get("children").get(0);
        assertThat(trigger.get("text").asText()).isEqualTo("usage_falling_8w");
        assertThat(trigger.get("outcome").asText()).isEqualTo("true");
        JsonNode condition = trigger.get("condition");
        assertThat(condition.get("text").asText()).isEqualTo("trend(usage_count from usage, last 56d) < -0.05 and light_user");
        assertThat(condition.get("children").get(0).get("values").get("trend(usage_count from usage, last 56d)").asDouble())
                .isCloseTo(trend8w.get(account), within(1e-9));
        // One level only: the feature inside the trigger's condition is not opened up again.
        assertThat(condition.get("children").get(1).has("condition")).isFalse();

        assertThat(text.exitCode()).as(text.transcript()).isZero();
        assertThat(text.output()).contains("usage_falling_8w held (true: trend(usage_count from usage, last 56d) < -0.05 held (");
    }

    @Test
    void runOutputsOpenTrigger() throws IOException {
        Map<String, String> member = CliTestSupport.readCsv(temp.resolve("out/segments/falling_payers.csv")).get(0);
        String account = member.get("account_id");
        JsonNode members = JSON.readTree(temp.resolve("out/segment_explanations.json").toFile()).get("segments").get("falling_payers");

        assertThat(holdsByHand(account)).as("trigger condition for member " + account).isTrue();
        assertThat(member.get("explanation")).startsWith("usage_falling_8w held (true: trend(usage_count from usage, last 56d) < -0.05 held (");
        JsonNode explanation = null;
        for (JsonNode entry : members) {
            if (entry.get("account_id").asText().equals(account)) {
                explanation = entry.get("explanation");
            }
        }
        assertThat(explanation).as("falling_payers member " + account + " in segment_explanations.json").isNotNull();
        assertThat(explanation.get("children").get(0).get("condition").get("children").get(0).get("values")
                .get("trend(usage_count from usage, last 56d)").asDouble()).isCloseTo(trend8w.get(account), within(1e-9));
    }

    @Test
    void triggerPreviewCountsHoldingAccounts() {
        long expected = trend8w.keySet().stream().filter(TriggerExplainCommandTest::holdsByHand).count();

        CliTestSupport.Execution preview = execute("triggers", "preview", "usage_falling_8w", "--limit", "3",
                "--workspace", workspace.toString(), "--as-of", AS_OF.toString());

        assertThat(preview.exitCode()).as(preview.transcript()).isZero();
        assertThat(preview.output()).contains(String.format(Locale.ROOT, "condition holds for %,d accounts", expected));
        assertThat(preview.output()).contains(String.format(Locale.ROOT, "... %,d more", expected - 3));
    }

    @Test
    void unknownTriggerIsRejectedWithHint() {
        CliTestSupport.Execution explain = execute("triggers", "explain", "usage_faling_8w", steepestHoldingAccount(),
                "--workspace", workspace.toString(), "--as-of", AS_OF.toString());

        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.errors()).contains("unknown trigger 'usage_faling_8w'").contains("usage_falling_8w");
    }
}
