package io.idem.design.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.design.workitem.AuditTrail;
import io.idem.design.workitem.TaskService;
import io.idem.design.workitem.WorkItemException;
import io.idem.identify.AccountFrame;
import io.idem.identify.SegmentEngine;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A playbook of every step kind advanced over five runs at later as-of dates, on DuckDB and
 * PostgreSQL, with the state after each run worked out by hand. acme (12 seats, Basic) takes the
 * long branch, and kilo (3 seats) ends at the branch.
 */
class PlayStepsTest {

    private static final String SECRET_ENV = "IDEM_TEST_HOOK_SECRET";
    private static final String SECRET = "s3cret-key";

    @TempDir
    Path folder;

    private static String yaml(String hookUrl) {
        return """
                idem: 1
                workspace: steps
                sources:
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: string
                      account_name: string
                      plan: string
                      seats: integer
                      owner: string
                segments:
                  ready: {when: seats > 0}
                account_fields:
                  csm_tier: string
                offers:
                  plans:
                    - {name: Basic, seat_price: 19}
                    - {name: Pro, seat_price: 49}
                  seat_increment: 5
                playbooks:
                  expansion:
                    segment: ready
                    owner: {round_robin: csm}
                    steps:
                      review:
                        title: "Review {account_name}"
                        due: 3d
                        checklist: ["Check usage", "Check the contract"]
                      settle: {kind: wait, for: 7d}
                      fork: {kind: branch, if: "seats > 10", then: invite, else: end}
                      invite:
                        kind: email
                        subject: "More seats for {account_name}"
                        body: "Hello {account_name},\\nyou use {seats} seats & more."
                      notify: {kind: webhook, url: "HOOK", fields: [seats, plan], secret_env: SECRET_ENV, retries: 0}
                      tier: {kind: update_field, field: csm_tier, value: strategic}
                      open_deal: {kind: opportunity, motion: upsell, offer: seats}
                      propose: {kind: opportunity, stage: proposal}
                team:
                  csm: [Avery, Jordan]
                """.replace("HOOK", hookUrl).replace("SECRET_ENV", SECRET_ENV);
    }

    private static AccountFrame frame() {
        AccountFrame frame = new AccountFrame(List.of("acme", "kilo"));
        frame.put("account_name", new Object[] {"Acme <Corp>", "Kilo"});
        frame.put("plan", new Object[] {"Basic", "Basic"});
        frame.put("seats", new Object[] {12.0, 3.0});
        frame.put("owner", new Object[] {null, null});
        frame.put("csm_tier", new Object[] {null, null});
        return frame;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void playsAdvanceOverRuns(Engine engine) throws Exception {
        try (HookServer hook = new HookServer(200); TestStore test = TestStore.open(engine, folder)) {
            Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml(hook.url()));
            Workspace workspace = WorkspaceLoader.load(folder);
            WebhookSender sender = new WebhookSender(Map.of(SECRET_ENV, SECRET)::get);
            Map<String, SegmentEngine.Change> entered = Map.of("ready",
                    new SegmentEngine.Change("ready", List.of("acme", "kilo"), List.of("acme", "kilo"), List.of()));

            // Run 1: both plays start and stop at their review task, which has two checklist items.
            PlayPlan first = run(test, workspace, LocalDate.parse("2025-01-01"), entered, sender);
            assertThat(first.plays()).hasSize(2);
            assertThat(first.tasks()).extracting(Task::accountId, Task::step, Task::owner, Task::dueOn).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("acme", "review", "Avery", LocalDate.parse("2025-01-04")),
                    org.assertj.core.groups.Tuple.tuple("kilo", "review", "Jordan", LocalDate.parse("2025-01-04")));
            assertThat(test.count("task_checklist_item")).isEqualTo(4);
            assertThat(rows(test, "SELECT account_id, current_step, step_since, status FROM play ORDER BY account_id"))
                    .containsExactly("acme review 2025-01-01 open", "kilo review 2025-01-01 open");

            // Between runs: acme's owner ticks both items and completes; kilo's needs --force.
            TaskService tasks = new TaskService(test.store());
            String acmeTask = first.tasks().get(0).taskId();
            String kiloTask = first.tasks().get(1).taskId();
            assertThatThrownBy(() -> tasks.complete(acmeTask, "Avery", null, LocalDate.parse("2025-01-02")))
                    .isInstanceOf(WorkItemException.class).hasMessageContaining("2 unticked checklist item(s): 1, 2");
            tasks.check(acmeTask, 1, "Avery", LocalDate.parse("2025-01-02"));
            tasks.check(acmeTask, 2, "Avery", LocalDate.parse("2025-01-02"));
            tasks.complete(acmeTask, "Avery", null, LocalDate.parse("2025-01-02"));
            tasks.complete(kiloTask, "Jordan", null, LocalDate.parse("2025-01-02"), true);
            assertThat(tasks.checklist(acmeTask)).extracting(TaskService.ChecklistItem::checked).containsExactly(true, true);
            assertThat(tasks.checklist(kiloTask)).extracting(TaskService.ChecklistItem::checked).containsExactly(false, false);

            // Run 2 (Jan 3): both tasks are done, so both plays move to the 7-day wait, which ends on Jan 10.
            PlayPlan second = run(test, workspace, LocalDate.parse("2025-01-03"), Map.of(), sender);
            assertThat(second.plays()).isEmpty();
            assertThat(second.tasks()).isEmpty();
            assertThat(rows(test, "SELECT account_id, current_step, step_since FROM play ORDER BY account_id"))
                    .containsExactly("acme settle 2025-01-03", "kilo settle 2025-01-03");

            // Run 3 (Jan 9): still waiting; nothing happens.
            PlayPlan third = run(test, workspace, LocalDate.parse("2025-01-09"), Map.of(), sender);
            assertThat(third.progress()).isEmpty();
            assertThat(hook.requests()).isEmpty();

            // Run 4 (Jan 10): the wait is over. acme has 12 seats > 10: email, webhook, field, opportunity, stage, end.
            // kilo has 3 seats: the branch ends its play.
            PlayPlan fourth = run(test, workspace, LocalDate.parse("2025-01-10"), Map.of(), sender);
            assertThat(rows(test, "SELECT account_id, current_step, status, closed_on FROM play ORDER BY account_id"))
                    .containsExactly("acme null completed 2025-01-10", "kilo null completed 2025-01-10");
            assertThat(rows(test, "SELECT s.step_name, s.status, s.entered_on, s.finished_on FROM play_step s JOIN play p ON p.play_id = s.play_id "
                    + "WHERE p.account_id = 'kilo' ORDER BY s.entered_on, s.step_name"))
                    .containsExactly("review done 2025-01-01 2025-01-03", "settle done 2025-01-03 2025-01-10", "fork done 2025-01-10 2025-01-10");
            assertThat(rows(test, "SELECT step_name FROM play_step s JOIN play p ON p.play_id = s.play_id WHERE p.account_id = 'acme' "
                    + "AND s.entered_on = DATE '2025-01-10' ORDER BY step_name"))
                    .containsExactly("fork", "invite", "notify", "open_deal", "propose", "tier");

            // The email: account values filled in, and HTML-escaped in the HTML body only.
            assertThat(rows(test, "SELECT account_id, owner, subject FROM email_draft")).containsExactly("acme Avery More seats for Acme <Corp>");
            assertThat(rows(test, "SELECT body_text FROM email_draft")).containsExactly("Hello Acme <Corp>,\nyou use 12 seats & more.");
            assertThat(rows(test, "SELECT body_html FROM email_draft")).containsExactly("Hello Acme &lt;Corp&gt;,<br>\nyou use 12 seats &amp; more.");

            // The webhook: one call with the account's fields, signed with an HMAC-SHA256 computed here independently.
            assertThat(hook.requests()).hasSize(1);
            HookServer.Request request = hook.requests().get(0);
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertThat(body.path("account_id").asText()).isEqualTo("acme");
            assertThat(body.path("playbook").asText()).isEqualTo("expansion");
            assertThat(body.path("step").asText()).isEqualTo("notify");
            assertThat(body.path("fields").path("seats").asLong()).isEqualTo(12);
            assertThat(body.path("fields").path("plan").asText()).isEqualTo("Basic");
            assertThat(request.signature()).isEqualTo("sha256=" + hmac(SECRET, request.body()));
            assertThat(request.delivery()).isEqualTo(body.path("delivery_id").asText());
            assertThat(request.contentType()).isEqualTo("application/json");
            assertThat(rows(test, "SELECT status, status_code, attempts, error FROM play_step WHERE step_name = 'notify'"))
                    .containsExactly("done 200 1 null");
            assertThat(rows(test, "SELECT outcome FROM play_step WHERE step_name = 'notify'").get(0)).doesNotContain(SECRET);

            // The field, the opportunity (5 more seats at 19 = 95.00) and its stage move with an audit record.
            assertThat(rows(test, "SELECT account_id, field_name, field_value, set_on, replaced_on FROM account_attribute"))
                    .containsExactly("acme csm_tier strategic 2025-01-10 null");
            assertThat(rows(test, "SELECT account_id, offer_name, CAST(expected_mrr AS VARCHAR(30)), stage, version FROM opportunity"))
                    .containsExactly("acme seats 95.0000 proposal 2");
            String opportunityId = fourth.opportunities().get(0).opportunityId();
            assertThat(new AuditTrail(test.store()).history(opportunityId)).extracting(AuditTrail.Event::field, AuditTrail.Event::oldValue,
                    AuditTrail.Event::newValue, AuditTrail.Event::changedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("stage", "identified", "proposal", "playbook step propose"));

            // Run 5: both plays are completed; a repeated run changes nothing.
            PlayPlan fifth = run(test, workspace, LocalDate.parse("2025-01-11"), Map.of(), sender);
            assertThat(fifth.steps()).isEmpty();
            assertThat(hook.requests()).hasSize(1);
            assertThat(test.count("email_draft")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void failedWebhookRecordedPlayContinues(Engine engine) throws Exception {
        try (HookServer hook = new HookServer(503); TestStore test = TestStore.open(engine, folder)) {
            String yaml = yaml(hook.url()).replace("retries: 0", "retries: 2");
            Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml.replace("""
                      review:
                        title: "Review {account_name}"
                        due: 3d
                        checklist: ["Check usage", "Check the contract"]
                      settle: {kind: wait, for: 7d}
                      fork: {kind: branch, if: "seats > 10", then: invite, else: end}
                """, ""));
            Workspace workspace = WorkspaceLoader.load(folder);
            WebhookSender sender = new WebhookSender(Map.of(SECRET_ENV, SECRET)::get, 1);
            Map<String, SegmentEngine.Change> entered = Map.of("ready",
                    new SegmentEngine.Change("ready", List.of("acme"), List.of("acme"), List.of()));

            run(test, workspace, LocalDate.parse("2025-01-01"), entered, sender);

            assertThat(hook.requests()).hasSize(3);
            assertThat(hook.requests()).extracting(HookServer.Request::delivery).containsOnly(hook.requests().get(0).delivery());
            assertThat(rows(test, "SELECT status, status_code, attempts, error FROM play_step WHERE step_name = 'notify'"))
                    .containsExactly("failed 503 3 HTTP status 503");
            assertThat(rows(test, "SELECT status FROM play")).containsExactly("completed");
            assertThat(test.count("account_attribute")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void missingSecretSkipsTheCall(Engine engine) throws Exception {
        try (HookServer hook = new HookServer(200); TestStore test = TestStore.open(engine, folder)) {
            Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml(hook.url()));
            Workspace workspace = WorkspaceLoader.load(folder);
            PlayPlan plan = PlayPlanner.plan(workspace, frame(), LocalDate.parse("2025-01-01"), Map.of("ready",
                    new SegmentEngine.Change("ready", List.of("acme"), List.of("acme"), List.of())), Map.of(), Map.of(), Map.of());
            WebhookSender.Result result = new WebhookSender(name -> null).send(new PlayPlan.WebhookCall("d1", "p1", "expansion", "acme",
                    "notify", LocalDate.parse("2025-01-01"), java.net.URI.create(hook.url()), "{}", SECRET_ENV, 5, 0), "run-x");

            assertThat(plan.webhooks()).isEmpty();
            assertThat(result.succeeded()).isFalse();
            assertThat(result.attempts()).isZero();
            assertThat(result.error()).contains(SECRET_ENV).contains("not set");
            assertThat(hook.requests()).isEmpty();
        }
    }

    private PlayPlan run(TestStore test, Workspace workspace, LocalDate asOf, Map<String, SegmentEngine.Change> entered,
                         WebhookSender sender) {
        PlayRepository plays = new PlayRepository(test.store());
        StepRepository steps = new StepRepository(test.store());
        PlayPlan plan = PlayPlanner.plan(workspace, frame(), asOf, entered, Map.of(), plays.loadCooldowns(),
                plays.loadAssignmentCounts(workspace), OfferChooser.NONE, steps.loadState());
        String runId = "run-" + asOf;
        plays.save(plan, runId);
        steps.save(plan, asOf, runId);
        steps.execute(plan, asOf, runId, sender);
        return plan;
    }

    private static String hmac(String key, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> rows(TestStore test, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = test.store().connection().prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    values.add(value instanceof java.sql.Date date ? date.toLocalDate().toString() : String.valueOf(value));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
