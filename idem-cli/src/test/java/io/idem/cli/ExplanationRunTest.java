package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explanation trees in the outputs of a run on RavenStack and in {@code idem segments preview} and
 * {@code idem segments explain}, for a segment and a trigger that use trend and a window comparison.
 */
class ExplanationRunTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final String ADDED = """
              usage_falling:
                kind: usage_trend
                when: trend(usage_count from usage, last 12w) < 0
              usage_down_template:
                template: usage_trend_down
                column: usage_count
                fire: while_true
            segments:
              usage_rising:
                when: trend(usage_count from usage, last 12w) > 0 and (pct_change(sum(usage_count from usage), last 7d, previous 28d) > 0 or plan = 'Enterprise')
            """;

    @TempDir
    static Path temp;

    private static Path workspace;
    private static Path out;

    @BeforeAll
    static void runOnce() throws Exception {
        workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.replaceOnce(workspace, "segments:\n", ADDED);
        out = temp.resolve("out");
        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", AS_OF.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.transcript()).isZero();
    }

    @Test
    void segmentCsvAndJsonCarryExplanation() throws Exception {
        List<Map<String, String>> members = readCsv(out.resolve("segments/usage_rising.csv"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("segment_explanations.json").toFile()).get("segments").get("usage_rising");

        assertThat(members).isNotEmpty();
        assertThat(json).hasSize(members.size());
        for (Map<String, String> member : members) {
            assertThat(member.get("explanation")).as(member.get("account_id"))
                    .startsWith("trend(usage_count from usage, last 84d) > 0 held (")
                    .contains(" AND (");
        }
        for (JsonNode member : json) {
            JsonNode tree = member.get("explanation");
            assertThat(tree.get("kind").asText()).isEqualTo("and");
            assertThat(tree.get("outcome").asText()).isEqualTo("true");
            assertThat(tree.get("children").get(0).get("values").has("trend(usage_count from usage, last 84d)")).isTrue();
            assertThat(tree.get("children").get(0).get("values").get("trend(usage_count from usage, last 84d)").asDouble()).isPositive();
        }
    }

    @Test
    void triggerExplanationsListThisRunsFirings() throws Exception {
        Set<String> fired = readCsv(out.resolve("triggers.csv")).stream()
                .filter(r -> r.get("trigger").equals("usage_falling") && r.get("fired_on").equals(AS_OF.toString()))
                .map(r -> r.get("account_id")).collect(Collectors.toSet());
        List<Map<String, String>> explained = readCsv(out.resolve("trigger_explanations.csv")).stream()
                .filter(r -> r.get("trigger").equals("usage_falling")).toList();

        assertThat(fired).isNotEmpty();
        assertThat(explained).extracting(r -> r.get("account_id")).containsExactlyInAnyOrderElementsOf(fired);
        assertThat(explained).allSatisfy(r -> assertThat(r.get("explanation"))
                .startsWith("trend(usage_count from usage, last 84d) < 0 held (-"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("trigger_explanations.json").toFile());
        assertThat(json.get("firings").size()).isGreaterThanOrEqualTo(explained.size());
    }

    @Test
    void usageTrendDownTemplateExplainsBothSides() throws Exception {
        List<Map<String, String>> explained = readCsv(out.resolve("trigger_explanations.csv")).stream()
                .filter(r -> r.get("trigger").equals("usage_down_template")).toList();

        assertThat(explained).isNotEmpty();
        assertThat(explained).allSatisfy(r -> assertThat(r.get("explanation"))
                .startsWith("trend(usage_count from usage, last 84d) < -0.05 * sum(usage_count from usage, last 84d) / 12 held (")
                .contains("trend(usage_count from usage, last 84d) = -")
                .contains("sum(usage_count from usage, last 84d) = "));
    }

    @Test
    void previewAndExplainPrintTheCsvLine() throws Exception {
        Map<String, String> first = readCsv(out.resolve("segments/usage_rising.csv")).get(0);
        String account = first.get("account_id");

        CliTestSupport.Execution preview = execute("segments", "preview", "usage_rising", "--workspace", workspace.toString(),
                "--as-of", AS_OF.toString(), "--limit", "100000");
        CliTestSupport.Execution explain = execute("segments", "explain", "usage_rising", account, "--workspace", workspace.toString(),
                "--as-of", AS_OF.toString());

        assertThat(preview.exitCode()).as(preview.transcript()).isZero();
        assertThat(preview.output()).contains(first.get("explanation"));
        assertThat(explain.exitCode()).as(explain.transcript()).isZero();
        assertThat(explain.output()).startsWith("Account " + account + " is in segment usage_rising at " + AS_OF + ": " + first.get("explanation"));
        assertThat(explain.output()).contains("  * AND held").contains("* trend(usage_count from usage, last 84d) > 0 held (");
    }

    @Test
    void explainOfUnknownAccountFails() {
        CliTestSupport.Execution explain = execute("segments", "explain", "usage_rising", "no-such-account", "--workspace", workspace.toString(),
                "--as-of", AS_OF.toString());

        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.errors()).contains("account 'no-such-account' not found in the accounts source");
    }

    @Test
    void explainJsonHasTheTree() throws Exception {
        String account = readCsv(out.resolve("segments/usage_rising.csv")).get(0).get("account_id");

        CliTestSupport.Execution explain = execute("segments", "explain", "usage_rising", account, "--json", "--workspace", workspace.toString(),
                "--as-of", AS_OF.toString());

        assertThat(explain.exitCode()).as(explain.transcript()).isZero();
        JsonNode tree = new ObjectMapper().readTree(explain.output());
        assertThat(tree.get("outcome").asText()).isEqualTo("true");
        assertThat(tree.get("children")).hasSize(2);
    }
}
