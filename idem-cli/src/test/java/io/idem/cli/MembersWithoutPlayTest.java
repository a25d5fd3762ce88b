package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playbook added for a segment that already has members starts no play for them, and
 * {@code idem plan} and {@code idem plays dry-run} print how many members it misses and why.
 */
class MembersWithoutPlayTest {

    private static final String FIRST_AS_OF = "2024-12-31";
    private static final String NEXT_AS_OF = "2025-02-28";
    private static final Map<String, String> SEGMENT_OF_PLAYBOOK = Map.of("plan_upgrade", "plan_upgrade_ready",
            "renewal_seats", "renewal_expansion", "rescue", "at_risk", "usage_recovery", "at_risk");

    @TempDir
    Path temp;

    @Test
    void newPlaybookReportsMembersItMisses() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        run(workspace, FIRST_AS_OF, temp.resolve("first"));
        CliTestSupport.replaceOnce(workspace, "\nbenchmarks:", """
                  usage_recovery:
                    segment: at_risk
                    cooldown: 30d
                    owner: {round_robin: csm}
                    steps:
                      review: {title: "Review why usage of {account_name} declines", due: 5d}

                benchmarks:""");

        CliTestSupport.Execution sameDayPlan = execute("plan", "--workspace", workspace.toString(), "--as-of", FIRST_AS_OF);
        Path planFile = temp.resolve("plan.json");
        CliTestSupport.Execution plan = execute("plan", "--workspace", workspace.toString(), "--as-of", NEXT_AS_OF,
                "--out", planFile.toString());
        CliTestSupport.Execution dryRun = execute("plays", "dry-run", "--workspace", workspace.toString(), "--as-of", NEXT_AS_OF);
        CliTestSupport.Execution otherPlaybook = execute("plays", "dry-run", "--workspace", workspace.toString(), "--as-of",
                NEXT_AS_OF, "--playbook", "plan_upgrade");
        run(workspace, NEXT_AS_OF, temp.resolve("second"));

        assertThat(plan.exitCode()).as(plan.transcript()).isZero();
        assertThat(dryRun.exitCode()).as(dryRun.transcript()).isZero();
        assertThat(otherPlaybook.exitCode()).as(otherPlaybook.transcript()).isZero();

        // On the data of the first run every at_risk member stays, and none has a play of the added playbook.
        int atRiskAfterFirst = members(temp.resolve("first/segments/at_risk.csv")).size();
        assertThat(atRiskAfterFirst).isGreaterThan(1);
        assertThat(sameDayPlan.exitCode()).as(sameDayPlan.transcript()).isZero();
        assertThat(sameDayPlan.output()).contains("playbook usage_recovery: " + atRiskAfterFirst
                + " current member(s) of segment at_risk have no play of it");

        // Expected: members after the first run that are still members after the next one, less those with a play of the
        // playbook after the first run (the added playbook has none).
        Map<String, Set<String>> playedAfterFirst = playedAccounts(temp.resolve("first/plays.csv"));
        JsonNode counts = new ObjectMapper().readTree(planFile.toFile()).get("members_without_play");
        assertThat(counts).as("members_without_play in %s", planFile).isNotNull();
        for (Map.Entry<String, String> entry : SEGMENT_OF_PLAYBOOK.entrySet()) {
            String playbook = entry.getKey();
            String segment = entry.getValue();
            Set<String> stayed = members(temp.resolve("first/segments/" + segment + ".csv"));
            stayed.retainAll(members(temp.resolve("second/segments/" + segment + ".csv")));
            stayed.removeAll(playedAfterFirst.getOrDefault(playbook, Set.of()));
            int expected = stayed.size();

            assertThat(counts.path(playbook).path("segment").asText()).as(playbook).isEqualTo(segment);
            assertThat(counts.path(playbook).path("count").asInt(-1)).as(playbook).isEqualTo(expected);
            String line = "playbook " + playbook + ": " + expected + " current member(s) of segment " + segment
                    + " have no play of it because they entered the segment on an earlier run";
            if (expected > 0) {
                assertThat(plan.output()).as(playbook).contains(line);
                assertThat(dryRun.output()).as(playbook).contains(line);
            } else {
                assertThat(plan.output()).as(playbook).doesNotContain("playbook " + playbook + ":");
                assertThat(dryRun.output()).as(playbook).doesNotContain("playbook " + playbook + ":");
            }
        }

        // The new playbook's case: the at_risk members that stayed got no play of it from the next run either.
        Set<String> stayedAtRisk = members(temp.resolve("first/segments/at_risk.csv"));
        stayedAtRisk.retainAll(members(temp.resolve("second/segments/at_risk.csv")));
        assertThat(stayedAtRisk).isNotEmpty();
        assertThat(counts.path("usage_recovery").path("count").asInt()).isEqualTo(stayedAtRisk.size());
        Set<String> recoveryPlays = playedAccounts(temp.resolve("second/plays.csv")).getOrDefault("usage_recovery", Set.of());
        assertThat(recoveryPlays).doesNotContainAnyElementsOf(stayedAtRisk);
        assertThat(plan.output()).contains("plays start only when an account enters the segment");
        assertThat(otherPlaybook.output()).doesNotContain("playbook usage_recovery:");
    }

    private static void run(Path workspace, String asOf, Path out) {
        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", asOf, "--out", out.toString(), "--backtest-months", "0");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
    }

    private static Set<String> members(Path segmentFile) throws IOException {
        return readCsv(segmentFile).stream().map(row -> row.get("account_id")).collect(Collectors.toCollection(HashSet::new));
    }

    /** Returns, per playbook, the accounts with a play of it in any status. */
    private static Map<String, Set<String>> playedAccounts(Path playsFile) throws IOException {
        List<Map<String, String>> plays = readCsv(playsFile);
        return plays.stream().collect(Collectors.groupingBy(play -> play.get("playbook"),
                Collectors.mapping(play -> play.get("account_id"), Collectors.toSet())));
    }
}
