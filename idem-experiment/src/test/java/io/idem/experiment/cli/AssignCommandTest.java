package io.idem.experiment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idem.experiment.Variant;
import io.idem.experiment.assignment.AccountUnit;
import io.idem.experiment.assignment.Allocation;
import io.idem.experiment.assignment.Assignment;
import io.idem.experiment.assignment.HashAssigner;
import io.idem.experiment.assignment.StratifiedAssigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignCommandTest {

    private static final String VARIANTS = "play_a:0.45,play_b:0.45,holdout:0.10";
    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));

    @TempDir
    Path folder;

    @Test
    void writesHashAssignmentPerAccount() throws IOException {
        Path accounts = accounts(200);
        Path out = folder.resolve("assignments.csv");

        CommandRun run = CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", VARIANTS,
                "--accounts", accounts.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("experiment_id,account_id,variant,weight,stratum");
        assertThat(lines).hasSize(201);
        HashAssigner assigner = new HashAssigner("upsell-q1", new Allocation(PLAYS));
        for (int i = 1; i <= 200; i++) {
            List<String> fields = CsvFile.split(out, i + 1, lines.get(i));
            assertThat(fields.get(2)).isEqualTo(assigner.variantOf(fields.get(1)).name());
        }
        String quoted = assigner.variantOf("acct,7").name();
        assertThat(lines).contains("upsell-q1,\"acct,7\"," + quoted + "," + (quoted.equals("holdout") ? "0.1" : "0.45")
                + ",");
        JsonNode json = run.json();
        assertThat(json.get("accounts").asInt()).isEqualTo(200);
        assertThat(json.at("/variants/play_a").asLong() + json.at("/variants/play_b").asLong()
                + json.at("/variants/holdout").asLong()).isEqualTo(200);
        assertThat(json.get("method").asText()).isEqualTo("hash");
    }

    @Test
    void sameInputWritesSameFile() throws IOException {
        Path accounts = accounts(50);
        Path first = folder.resolve("first.csv");
        Path second = folder.resolve("second.csv");

        CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", VARIANTS, "--accounts",
                accounts.toString(), "--stratify", "plan", "--out", first.toString());
        CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", VARIANTS, "--accounts",
                accounts.toString(), "--stratify", "plan", "--out", second.toString());

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void stratifiedAssignmentMatchesLibrary() throws IOException {
        Path accounts = accounts(300);
        Path out = folder.resolve("assignments.csv");

        CommandRun run = CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", VARIANTS,
                "--accounts", accounts.toString(), "--stratify", "plan", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<AccountUnit> units = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            units.add(new AccountUnit(i == 7 ? "acct,7" : "acct-" + i, plan(i)));
        }
        List<Assignment> expected = new StratifiedAssigner("upsell-q1", new Allocation(PLAYS)).assign(units);
        List<String> lines = Files.readAllLines(out);
        for (int i = 0; i < 300; i++) {
            List<String> fields = CsvFile.split(out, i + 2, lines.get(i + 1));
            assertThat(fields.get(2)).isEqualTo(expected.get(i).variant());
            assertThat(fields.get(4)).isEqualTo(plan(i));
        }
        assertThat(run.json().get("blockSize").asInt()).isEqualTo(20);
        assertThat(run.json().get("strata").asInt()).isEqualTo(3);
    }

    @Test
    void missingAccountColumnNamesHeader() throws IOException {
        Path accounts = Files.writeString(folder.resolve("accounts.csv"), "id,plan\nacct-1,pro\n");

        CommandRun run = assign(accounts);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(accounts + " line 1: missing column 'account_id'; the header has id,plan;"
                + " name the account id column account_id");
    }

    @Test
    void repeatedAccountNamesBothLines() throws IOException {
        Path accounts = Files.writeString(folder.resolve("accounts.csv"), "account_id,plan\nacct-1,pro\n\nacct-1,pro\n");

        CommandRun run = assign(accounts);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(accounts + " line 4 column 1 (account_id): value 'acct-1' repeats the"
                + " account of line 2; list each account once");
    }

    @Test
    void blankAccountIdIsRejected() throws IOException {
        Path accounts = Files.writeString(folder.resolve("accounts.csv"), "plan,account_id\npro, \n");

        CommandRun run = assign(accounts);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(accounts + " line 2 column 2 (account_id): value '' is empty; give every"
                + " account an id");
    }

    @Test
    void unclosedQuoteIsRejected() throws IOException {
        Path accounts = Files.writeString(folder.resolve("accounts.csv"), "account_id,name\nacct-1,\"Acme, Inc\n");

        CommandRun run = assign(accounts);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).startsWith(accounts + " line 2 column 2: a quoted field is not closed");
    }

    @Test
    void variantWithoutWeightIsRejected() throws IOException {
        CommandRun run = CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", "play_a=0.5,holdout:0.5",
                "--accounts", accounts(3).toString(), "--out", folder.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("--variants").contains("'play_a=0.5' is not NAME:WEIGHT");
    }

    @Test
    void repeatedVariantIsRejected() throws IOException {
        CommandRun run = CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", "play_a:0.5,play_a:0.5",
                "--accounts", accounts(3).toString(), "--out", folder.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo("--variants lists variant play_a twice; give each variant one entry");
    }

    @Test
    void experimentIdWithColonIsRejected() throws IOException {
        CommandRun run = CommandRun.of("assign", "--experiment", "upsell:q1", "--variants", VARIANTS,
                "--accounts", accounts(3).toString(), "--out", folder.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).startsWith("invalid experiment id 'upsell:q1'");
    }

    @Test
    void unknownStratifyColumnIsRejected() throws IOException {
        CommandRun run = CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", VARIANTS,
                "--accounts", accounts(3).toString(), "--stratify", "region", "--out",
                folder.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("missing column 'region'").contains("pass a column of the header to"
                + " --stratify");
    }

    @Test
    void missingFileIsRejected() {
        CommandRun run = assign(folder.resolve("nowhere.csv"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("nowhere.csv given to --accounts does not exist");
    }

    private CommandRun assign(Path accounts) {
        return CommandRun.of("assign", "--experiment", "upsell-q1", "--variants", VARIANTS, "--accounts",
                accounts.toString(), "--out", folder.resolve("out.csv").toString());
    }

    /** Writes accounts with a quoted name, a plan column and one id that contains a comma. */
    private Path accounts(int count) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFaccount_id,name,plan\n");
        for (int i = 0; i < count; i++) {
            String id = i == 7 ? "\"acct,7\"" : "acct-" + i;
            text.append(id).append(",\"Account \"\"").append(i).append("\"\", Inc\",").append(plan(i)).append('\n');
        }
        return Files.writeString(folder.resolve("accounts.csv"), text);
    }

    private static String plan(int i) {
        return List.of("starter", "pro", "enterprise").get(i % 3);
    }
}
