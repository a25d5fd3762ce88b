package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playbook of several step kinds added to the RavenStack example and run from the command line at
 * four as-of dates: checklist and --force on completion, a 7-day wait, a branch on seats, an account
 * field that a segment reads in the next run, a webhook to a local server, an email draft and an
 * opportunity, with {@code idem plays dry-run} predicting each step before the run does it.
 */
class PlayStepsRunTest {

    @TempDir
    Path temp;

    @Test
    void stepsAdvanceAcrossRuns() throws Exception {
        // Pick one account above 10 seats and one at or below, from the accounts file itself.
        List<Map<String, String>> accounts = RavenStackCsv.read("ravenstack_accounts.csv");
        String big = accounts.stream().filter(a -> Integer.parseInt(a.get("seats")) > 10).findFirst().orElseThrow().get("account_id");
        String small = accounts.stream().filter(a -> Integer.parseInt(a.get("seats")) <= 10).findFirst().orElseThrow().get("account_id");
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            CliTestSupport.replaceOnce(workspace, "segments:\n", "account_fields:\n  csm_tier: string\n\nsegments:\n");
            CliTestSupport.replaceOnce(workspace, "  at_risk:\n", "  steps_demo: {when: \"account_id in ('" + big + "', '" + small + "')\"}\n"
                    + "  strategic_accounts: {when: \"csm_tier = 'strategic'\"}\n  at_risk:\n");
            CliTestSupport.replaceOnce(workspace, "  renewal_seats:\n", """
                      care:
                        segment: steps_demo
                        owner: {least_loaded: csm}
                        steps:
                          check_in: {title: "Check in with {account_name}", due: 2d, checklist: ["Read the last tickets", "Book a call"]}
                          settle: {kind: wait, for: 7d}
                          fork: {kind: branch, if: "seats > 10", then: tier, else: end}
                          tier: {kind: update_field, field: csm_tier, value: strategic}
                          notify: {kind: webhook, url: "URL", fields: [seats, plan]}
                          hello: {kind: email, subject: "About {account_name}", body: "Hello {account_name}"}
                          deal: {kind: opportunity, motion: upsell, offer: seats}
                      renewal_seats:
                    """.replace("URL", url));
            assertThat(execute("validate", "--workspace", workspace.toString()).output()).contains("is valid");

            // Run 1: both plays start and stop at their check-in task.
            run(workspace, "2024-12-31", "first");
            Set<String> carePlays = readCsv(temp.resolve("first/plays.csv")).stream().filter(p -> p.get("playbook").equals("care"))
                    .map(p -> p.get("play_id")).collect(Collectors.toSet());
            List<Map<String, String>> careTasks = readCsv(temp.resolve("first/tasks.csv")).stream()
                    .filter(t -> carePlays.contains(t.get("play_id"))).toList();
            assertThat(careTasks).hasSize(2);
            String bigTask = careTasks.stream().filter(t -> t.get("account_id").equals(big)).findFirst().orElseThrow().get("task_id");
            String smallTask = careTasks.stream().filter(t -> t.get("account_id").equals(small)).findFirst().orElseThrow().get("task_id");
            assertThat(careTasks).allSatisfy(t -> assertThat(t.get("owner")).isIn("Avery Chen", "Jordan Patel", "Sam Rivera"));

            // The checklist: listed, required for completion unless --force, ticked item by item.
            assertThat(idem(workspace, "tasks", "list", "--owner", owner(careTasks, bigTask)).output())
                    .contains("[ ] 1. Read the last tickets").contains("[ ] 2. Book a call");
            CliTestSupport.Execution refused = idem(workspace, "tasks", "complete", bigTask, "--by", "Avery Chen");
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.errors()).contains("2 unticked checklist item(s): 1, 2").contains("--force");
            assertThat(idem(workspace, "tasks", "check", bigTask, "1", "--by", "Avery Chen").output()).contains("[x] 1. Read the last tickets");
            assertThat(idem(workspace, "tasks", "check", bigTask, "2", "--by", "Avery Chen").exitCode()).isZero();
            assertThat(idem(workspace, "tasks", "check", bigTask, "3", "--by", "Avery Chen").errors()).contains("no checklist item 3");
            assertThat(idem(workspace, "tasks", "complete", bigTask, "--by", "Avery Chen", "--on", "2025-01-02").exitCode()).isZero();
            assertThat(idem(workspace, "tasks", "complete", smallTask, "--by", "Sam Rivera", "--on", "2025-01-02", "--force").exitCode()).isZero();

            // Run 2: both tasks are done, so both plays wait from 2025-01-03 until 2025-01-10.
            CliTestSupport.Execution waiting = execute("plays", "dry-run", "--workspace", workspace.toString(), "--as-of", "2025-01-03",
                    "--playbook", "care");
            assertThat(waiting.output()).contains("continue play care for " + big).contains("wait until 2025-01-10 (the play stays here)");
            run(workspace, "2025-01-03", "second");

            // Dry run on 2025-01-10 predicts every step and calls nothing.
            CliTestSupport.Execution dryRun = execute("plays", "dry-run", "--workspace", workspace.toString(), "--as-of", "2025-01-10",
                    "--playbook", "care");
            assertThat(dryRun.exitCode()).as(dryRun.errors()).isZero();
            assertThat(bodies).isEmpty();
            assertThat(dryRun.output()).contains("2 open play(s) would continue").contains("no webhook called");

            run(workspace, "2025-01-10", "third");

            // What the dry run listed is exactly what the run did: one line per step of each play.
            Set<String> predicted = new java.util.HashSet<>();
            String account = null;
            for (String line : dryRun.output().lines().toList()) {
                if (line.startsWith("continue play care for ")) {
                    account = line.split(" ")[4];
                } else if (line.startsWith("  step ")) {
                    predicted.add(account + " " + line.strip());
                }
            }
            Set<String> done = readCsv(temp.resolve("third/play_steps.csv")).stream()
                    .filter(s -> s.get("playbook").equals("care") && "2025-01-10".equals(s.get("finished_on")))
                    .map(s -> s.get("account_id") + " " + String.format(java.util.Locale.ROOT, "step %-12s %-12s %s", s.get("step"), s.get("kind"),
                            s.get("outcome")).strip())
                    .collect(Collectors.toSet());
            assertThat(predicted).hasSize(8).isEqualTo(done);

            // The big account took the long branch; the small one ended at the branch.
            Map<String, String> status = readCsv(temp.resolve("third/plays.csv")).stream().filter(p -> p.get("playbook").equals("care"))
                    .collect(Collectors.toMap(p -> p.get("account_id"), p -> p.get("status")));
            assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of(big, "completed", small, "completed"));
            assertThat(bodies).hasSize(1);
            JsonNode body = new ObjectMapper().readTree(bodies.get(0));
            Map<String, String> bigAccount = accounts.stream().filter(a -> a.get("account_id").equals(big)).findFirst().orElseThrow();
            assertThat(body.path("account_id").asText()).isEqualTo(big);
            assertThat(body.path("fields").path("seats").asInt()).isEqualTo(Integer.parseInt(bigAccount.get("seats")));
            assertThat(body.path("fields").path("plan").asText()).isEqualTo(bigAccount.get("plan_tier"));
            assertThat(readCsv(temp.resolve("third/emails.csv"))).singleElement().satisfies(email -> {
                assertThat(email.get("account_id")).isEqualTo(big);
                assertThat(email.get("subject")).isEqualTo("About " + bigAccount.get("account_name"));
            });
            assertThat(readCsv(temp.resolve("third/account_fields.csv"))).singleElement().satisfies(field -> {
                assertThat(field.get("account_id")).isEqualTo(big);
                assertThat(field.get("value")).isEqualTo("strategic");
                assertThat(field.get("set_on")).isEqualTo("2025-01-10");
            });
            assertThat(readCsv(temp.resolve("third/opportunities.csv")).stream().filter(o -> "care".equals(o.get("playbook"))))
                    .singleElement().satisfies(o -> assertThat(o.get("offer")).isEqualTo("seats"));

            // Run 4: the field set by the play is an expression value, so the segment that reads it has the big account.
            run(workspace, "2025-01-11", "fourth");
            assertThat(readCsv(temp.resolve("fourth/segments/strategic_accounts.csv"))).extracting(m -> m.get("account_id"))
                    .containsExactly(big);
            assertThat(bodies).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    private void run(Path workspace, String asOf, String out) {
        CliTestSupport.Execution run = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", asOf, "--out", temp.resolve(out).toString(), "--backtest-months", "0");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
    }

    private static CliTestSupport.Execution idem(Path workspace, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--workspace";
        all[args.length + 1] = workspace.toString();
        return execute(all);
    }

    private static String owner(List<Map<String, String>> tasks, String taskId) {
        return tasks.stream().filter(t -> t.get("task_id").equals(taskId)).findFirst().orElseThrow().get("owner");
    }
}
