package io.idem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSM's day from the command line on the RavenStack example: see overdue tasks, complete one,
 * win an opportunity with its booked value and see it attributed to the play that created it.
 * The tests share one store; the overdue count runs first, before others complete tasks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CsmDayTest {

    private static final String OWNER = "Jordan Patel";

    @TempDir
    static Path temp;

    private Path workspace;

    @BeforeAll
    void runOnce() throws IOException {
        workspace = temp.resolve("workspace");
        Files.createDirectories(workspace);
        Files.copy(Path.of(System.getProperty("idem.project.dir", "..")).resolve("examples/ravenstack/idem.yaml"), workspace.resolve("idem.yaml"));
        CliTestSupport.Execution run = CliTestSupport.execute("run", "--workspace", workspace.toString(), "--data",
                RavenStackCsv.folder().toString(), "--as-of", "2024-12-31", "--out", temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.errors()).isZero();
    }

    private CliTestSupport.Execution idem(String... args) {
        String[] withWorkspace = new String[args.length + 2];
        System.arraycopy(args, 0, withWorkspace, 0, args.length);
        withWorkspace[args.length] = "--workspace";
        withWorkspace[args.length + 1] = workspace.toString();
        return CliTestSupport.execute(withWorkspace);
    }

    @Test
    @Order(1)
    void overdueTasksAreTheOwnersPastDueOnes() throws IOException {
        List<Map<String, String>> tasks = CliTestSupport.readCsv(temp.resolve("out/tasks.csv"));
        long expected = tasks.stream().filter(t -> t.get("owner").equals(OWNER) && t.get("due_on").compareTo("2025-01-05") < 0).count();

        CliTestSupport.Execution list = idem("tasks", "list", "--owner", OWNER, "--overdue", "--today", "2025-01-05");

        assertThat(list.exitCode()).isZero();
        assertThat(expected).isPositive();
        assertThat(list.output()).contains(expected + " task(s)");
        assertThat(list.output().lines().filter(l -> l.contains("OVERDUE")).count()).isEqualTo(expected);
    }

    @Test
    @Order(2)
    void asOfOptionMatchesToday() {
        CliTestSupport.Execution today = idem("tasks", "list", "--owner", OWNER, "--overdue", "--today", "2025-01-05");
        CliTestSupport.Execution asOf = idem("tasks", "list", "--owner", OWNER, "--overdue", "--as-of", "2025-01-05");

        assertThat(asOf.exitCode()).as(asOf.errors()).isZero();
        assertThat(asOf.output()).isEqualTo(today.output());
    }

    @Test
    void completingTaskRecordsWhoAndRejectsSecondCompletion() {
        String taskId = firstWord(idem("tasks", "list", "--owner", OWNER, "--status", "open").output());

        CliTestSupport.Execution done = idem("tasks", "complete", taskId, "--by", OWNER, "--on", "2025-01-03");
        CliTestSupport.Execution again = idem("tasks", "complete", taskId, "--by", OWNER);

        assertThat(done.exitCode()).as(done.errors()).isZero();
        assertThat(done.output()).contains("done").contains("v2");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.errors()).contains("already done").contains(OWNER);
        assertThat(idem("opportunities", "history", taskId).output()).contains("status").contains("open -> done");
    }

    @Test
    void staleVersionIsRejectedNotLost() {
        String taskId = firstWord(idem("tasks", "list", "--owner", OWNER, "--status", "open").output());

        CliTestSupport.Execution first = idem("tasks", "update", taskId, "--by", OWNER, "--status", "snoozed", "--expected-version", "1");
        CliTestSupport.Execution second = idem("tasks", "update", taskId, "--by", "Sam Rivera", "--owner", "Sam Rivera",
                "--expected-version", "1");

        assertThat(first.exitCode()).as(first.errors()).isZero();
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.errors()).contains("changed since version 1").contains("now version 2");
        assertThat(idem("tasks", "list", "--owner", OWNER, "--status", "snoozed").output()).contains(taskId);
    }

    @Test
    void wonOpportunityIsAttributedToItsPlay() throws IOException {
        Map<String, String> opportunity = CliTestSupport.readCsv(temp.resolve("out/opportunities.csv")).stream()
                .filter(o -> o.get("owner").equals(OWNER)).findFirst().orElseThrow();
        Map<String, String> play = CliTestSupport.readCsv(temp.resolve("out/plays.csv")).stream()
                .filter(p -> p.get("play_id").equals(opportunity.get("play_id"))).findFirst().orElseThrow();

        CliTestSupport.Execution won = idem("opportunities", "move", opportunity.get("opportunity_id"), "--stage", "won",
                "--actual-mrr", "450", "--subscription", "S-booked-1", "--by", OWNER, "--on", "2025-01-20");

        assertThat(won.exitCode()).as(won.errors()).isZero();
        assertThat(won.output()).contains("booked 450.00")
                .contains("attributed to play " + play.get("play_id") + " of playbook " + play.get("playbook"))
                .contains("won after 20 days")
                .contains("booked as subscription S-booked-1");
        assertThat(idem("opportunities", "list", "--stage", "won").output()).contains("booked 450.00 MRR");
        CliTestSupport.Execution again = idem("opportunities", "move", opportunity.get("opportunity_id"), "--stage", "lost",
                "--reason", "changed mind", "--by", OWNER);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.errors()).contains("already won");
    }

    @Test
    void lostNeedsReasonAndWonNeedsValue() {
        String opportunityId = firstWord(idem("opportunities", "list", "--stage", "identified").output());

        assertThat(idem("opportunities", "move", opportunityId, "--stage", "lost", "--by", OWNER).errors()).contains("needs a reason");
        assertThat(idem("opportunities", "move", opportunityId, "--stage", "won", "--by", OWNER).errors()).contains("--actual-mrr");
        assertThat(idem("opportunities", "move", opportunityId, "--stage", "closed", "--by", OWNER).errors()).contains("unknown stage 'closed'");
    }

    private static String firstWord(String output) {
        return output.lines().findFirst().orElseThrow().split(" ")[0];
    }
}
