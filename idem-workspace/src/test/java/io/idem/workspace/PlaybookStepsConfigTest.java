package io.idem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.ColumnType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playbook step kinds and owner rules as read from idem.yaml, and the problems reported with line, column and fix. */
class PlaybookStepsConfigTest {

    @TempDir
    Path folder;

    private static final String HEAD = """
            idem: 1
            workspace: steps
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  country: string
                  seats: integer
            segments:
              ready: {when: seats > 0}
            account_fields:
              csm_tier: string
              risk_score: {type: number, description: "Set by the rescue playbook"}
            team:
              csm: [Avery, Blake]
              emea: [Eva]
            playbooks:
              grow:
                segment: ready
            """;

    private WorkspaceLoader.Result read(String playbookTail) throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), HEAD + playbookTail);
        return WorkspaceLoader.read(folder);
    }

    /** Returns the 1-based line of the first line of the file containing {@code text}. */
    private int lineOf(String text) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve(WorkspaceLoader.CONFIG_FILE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " not found");
    }

    @Test
    void everyKindIsRead() throws Exception {
        Files.createDirectories(folder.resolve("emails"));
        Files.writeString(folder.resolve("emails/hello.html"), "<p>Hello {account_id}</p>");
        WorkspaceLoader.Result result = read("""
                    owner: {least_loaded: csm}
                    steps:
                      review: {title: "Review {account_id}", checklist: [Usage, Contract], blocking: false, due: 2d}
                      hello: {kind: email, subject: "Hi {account_id}", template: emails/hello.html}
                      pause: {kind: wait, for: 2w}
                      ready_yet: {kind: wait, until: "seats > 10", timeout: 30d}
                      fork: {kind: branch, if: "seats > 10", then: tell, else: end}
                      tell: {kind: webhook, url: "https://hooks.example.com/idem", fields: [seats], secret_env: IDEM_HOOK_KEY, retries: 3}
                      tier: {kind: update_field, field: csm_tier, value: strategic}
                      deal: {kind: opportunity, stage: proposal}
                      owner_by_country:
                        title: "Local follow-up"
                        owner: {territory: {by: country, map: {DE: emea}, default: csm}}
                """);

        assertThat(result.problems()).isEmpty();
        Playbook grow = result.workspace().playbooks().get("grow");
        assertThat(grow.owner()).isEqualTo(new OwnerRule.LeastLoaded("csm"));
        assertThat(grow.steps()).extracting(PlaybookStep::kind).containsExactly(StepKind.TASK, StepKind.EMAIL, StepKind.WAIT, StepKind.WAIT,
                StepKind.BRANCH, StepKind.WEBHOOK, StepKind.UPDATE_FIELD, StepKind.OPPORTUNITY, StepKind.TASK);
        assertThat(grow.steps().get(0).action()).isEqualTo(new PlaybookStep.TaskAction(List.of("Usage", "Contract"), false));
        assertThat(grow.steps().get(0).dueDays()).isEqualTo(2);
        assertThat(grow.steps().get(1).action()).isEqualTo(new PlaybookStep.EmailAction("Hi {account_id}", "<p>Hello {account_id}</p>", true,
                "emails/hello.html"));
        assertThat(grow.steps().get(2).action()).isEqualTo(new PlaybookStep.WaitAction(14, null, null));
        assertThat(grow.steps().get(3).action()).isEqualTo(new PlaybookStep.WaitAction(null, "seats > 10", 30));
        assertThat(grow.steps().get(4).action()).isEqualTo(new PlaybookStep.BranchAction("seats > 10", "tell", "end"));
        assertThat(grow.steps().get(5).action()).isEqualTo(new PlaybookStep.WebhookAction(java.net.URI.create("https://hooks.example.com/idem"),
                List.of("seats"), "IDEM_HOOK_KEY", 10, 3));
        assertThat(grow.steps().get(6).action()).isEqualTo(new PlaybookStep.UpdateFieldAction("csm_tier", "strategic", null));
        assertThat(grow.steps().get(7).action()).isEqualTo(new PlaybookStep.OpportunityAction(null, null, "proposal"));
        OwnerRule.Territory territory = (OwnerRule.Territory) grow.steps().get(8).owner();
        assertThat(territory.by()).isEqualTo("country");
        assertThat(territory.teams()).containsExactlyEntriesOf(java.util.Map.of("DE", "emea"));
        assertThat(territory.defaultTeam()).isEqualTo("csm");
        assertThat(result.workspace().accountFields().get("risk_score").type()).isEqualTo(ColumnType.NUMBER);
        assertThat(StepChecks.warnings(result.workspace())).isEmpty();
        assertThat(SchemaValidator.validate(folder)).isEmpty();
    }

    @Test
    void schemaRejectsUnknownStepFieldAndStage() throws Exception {
        read("""
                    steps:
                      deal: {kind: opportunity, stage: won}
                      call: {title: "Call", colour: blue}
                """);

        List<ConfigProblem> problems = SchemaValidator.validate(folder);

        assertThat(problems).extracting(p -> p.location().field()).contains("playbooks.grow.steps.deal.stage", "playbooks.grow.steps.call.colour");
    }

    @Test
    void unknownJumpTargetNamesStepAndFix() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      fork: {kind: branch, if: "seats > 10", then: invte}
                      invite: {title: "Invite"}
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().field()).isEqualTo("playbooks.grow.steps.fork.then");
            assertThat(problem.location().line()).isEqualTo(lineOf("fork:"));
            assertThat(problem.location().column()).isEqualTo(lineText("fork:").indexOf("invte") + 1);
            assertThat(problem.value()).isEqualTo("invte");
            assertThat(problem.message()).isEqualTo("unknown step to jump to");
            assertThat(problem.fix()).contains("did you mean 'invite'?");
        });
    }

    @Test
    void loopWithoutWaitIsRejected() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      note: {kind: update_field, field: csm_tier, value: watch}
                      again: {kind: branch, if: "seats > 10", then: note}
                      later: {kind: wait, for: 7d}
                      back: {kind: branch, if: "seats > 10", then: note}
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().field()).isEqualTo("playbooks.grow.steps.again");
            assertThat(problem.location().line()).isEqualTo(lineOf("again:"));
            assertThat(problem.message()).contains("loop without a wait or a blocking task: note -> again -> note");
            assertThat(problem.fix()).contains("add a wait step");
        });
    }

    @Test
    void loopThroughBlockingTaskIsAccepted() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      call: {title: "Call"}
                      again: {kind: branch, if: "seats > 10", then: call}
                """);

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void webhookUrlMustBeHttp() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      tell: {kind: webhook, url: "ftp://files.example.com/drop"}
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location().field()).isEqualTo("playbooks.grow.steps.tell.url");
            assertThat(problem.location().line()).isEqualTo(lineOf("tell:"));
            assertThat(problem.location().column()).isEqualTo(lineText("tell:").indexOf("\"ftp:") + 1);
            assertThat(problem.value()).isEqualTo("ftp://files.example.com/drop");
            assertThat(problem.message()).contains("http or https");
        });
    }

    @Test
    void undeclaredFieldAndSourceColumnAreRejected() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      tier: {kind: update_field, field: csm_teir, value: strategic}
                      overwrite: {kind: update_field, field: country, value: DE}
                """);

        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0).location().field()).isEqualTo("playbooks.grow.steps.tier.field");
        assertThat(result.problems().get(0).location().line()).isEqualTo(lineOf("tier: {kind"));
        assertThat(result.problems().get(0).fix()).contains("did you mean 'csm_tier'?");
        assertThat(result.problems().get(1).location().field()).isEqualTo("playbooks.grow.steps.overwrite.field");
        assertThat(result.problems().get(1).fix()).contains("column of the accounts source, which Idem never overwrites");
    }

    @Test
    void invalidKindAndStageHaveHints() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      hello: {kind: emial, subject: Hi, body: Hello}
                      win: {kind: opportunity, stage: won}
                """);

        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0).message()).isEqualTo("invalid step kind");
        assertThat(result.problems().get(0).fix()).contains("did you mean 'email'?");
        assertThat(result.problems().get(1).location().field()).isEqualTo("playbooks.grow.steps.win.stage");
        assertThat(result.problems().get(1).fix()).contains("idem opportunities move ID --stage won");
    }

    @Test
    void waitUntilNeedsTimeout() throws Exception {
        WorkspaceLoader.Result result = read("""
                    steps:
                      hold: {kind: wait, until: "seats > 10"}
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("missing required field 'timeout'");
            assertThat(problem.location().line()).isEqualTo(lineOf("hold:"));
        });
    }

    @Test
    void territoryWithoutDefaultWarns() throws Exception {
        WorkspaceLoader.Result result = read("""
                    owner: {territory: {by: country, map: {DE: emea}}}
                    steps:
                      call: {title: "Call"}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(StepChecks.warnings(result.workspace())).singleElement().satisfies(warning -> {
            assertThat(warning.location().field()).isEqualTo("playbooks.grow.owner");
            assertThat(warning.location().line()).isEqualTo(lineOf("territory"));
            assertThat(warning.message()).contains("no default team").contains("the account's owner column");
            assertThat(warning.fix()).contains("default: TEAM");
        });
    }

    @Test
    void territoryNamesKnownFieldAndTeams() throws Exception {
        WorkspaceLoader.Result result = read("""
                    owner: {territory: {by: contry, map: {DE: emae}, default: csm}}
                    steps:
                      call: {title: "Call"}
                """);

        assertThat(result.problems()).extracting(ConfigProblem::value).containsExactlyInAnyOrder("contry", "emae");
        assertThat(result.problems()).filteredOn(p -> "contry".equals(p.value())).singleElement()
                .satisfies(p -> assertThat(p.fix()).contains("did you mean 'country'?"));
    }

    private String lineText(String text) throws Exception {
        return Files.readAllLines(folder.resolve(WorkspaceLoader.CONFIG_FILE)).get(lineOf(text) - 1);
    }
}
