package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks of the RavenStack rescue playbook (sla: 7d) still open past their SLA go to the CSM's manager, once. */
class SlaEscalationTest {

    private static final String MANAGER = "Morgan Lee";

    @TempDir
    Path temp;

    @Test
    void overdueTasksEscalateToManagerOnce() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        String data = RavenStackCsv.folder().toString();
        assertThat(execute("run", "--workspace", workspace.toString(), "--data", data, "--as-of", "2024-12-31", "--out",
                temp.resolve("first").toString(), "--backtest-months", "0").exitCode()).isZero();
        List<Map<String, String>> firstTasks = readCsv(temp.resolve("first/tasks.csv"));
        assertThat(firstTasks).noneMatch(t -> t.get("step").equals("escalation"));

        assertThat(execute("run", "--workspace", workspace.toString(), "--data", data, "--as-of", "2025-02-28", "--out",
                temp.resolve("second").toString(), "--backtest-months", "0").exitCode()).isZero();
        assertThat(execute("run", "--workspace", workspace.toString(), "--data", data, "--as-of", "2025-02-28", "--out",
                temp.resolve("third").toString(), "--backtest-months", "0").exitCode()).isZero();

        Map<String, String> playbookOfPlay = readCsv(temp.resolve("second/plays.csv")).stream()
                .collect(Collectors.toMap(p -> p.get("play_id"), p -> p.get("playbook")));
        List<Map<String, String>> secondTasks = readCsv(temp.resolve("second/tasks.csv"));
        // Rescue tasks from the first run, due by 2025-01-14 and still open on 2025-02-28, are past a 7-day SLA.
        Set<String> overduePlays = secondTasks.stream()
                .filter(t -> "rescue".equals(playbookOfPlay.get(t.get("play_id"))) && !t.get("step").equals("escalation"))
                .filter(t -> t.get("status").equals("open") && t.get("due_on").compareTo("2025-02-21") < 0)
                .map(t -> t.get("play_id")).collect(Collectors.toSet());
        List<Map<String, String>> escalations = secondTasks.stream().filter(t -> t.get("step").equals("escalation")).toList();

        assertThat(overduePlays).isNotEmpty();
        assertThat(escalations).hasSize(overduePlays.size());
        assertThat(escalations).allSatisfy(t -> {
            assertThat(t.get("owner")).isEqualTo(MANAGER);
            assertThat(t.get("due_on")).isEqualTo("2025-03-02");
            assertThat(t.get("title")).startsWith("Escalation: 'Check in with ");
        });
        assertThat(escalations.stream().map(t -> t.get("play_id")).collect(Collectors.toSet())).isEqualTo(overduePlays);
        assertThat(readCsv(temp.resolve("third/tasks.csv")).stream().filter(t -> t.get("step").equals("escalation"))).hasSize(escalations.size());
    }
}
