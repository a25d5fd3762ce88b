package io.idem.affinity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AffinityCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new AffinityCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Four baskets: crm 4, billing 3, "sms, intl" 2, and every basket with billing also has crm. */
    private Path baskets() throws IOException {
        return write("baskets.txt", "crm,billing,\"sms, intl\"\ncrm,billing\ncrm\ncrm,billing,\"sms, intl\"\n");
    }

    @Test
    void writesRulesCsvToStandardOutput() throws IOException {
        int exitCode = run("--input", baskets().toString(), "--min-support", "0.5", "--min-confidence", "0.9",
                "--format", "baskets");

        assertThat(exitCode).as(err.toString()).isZero();
        // "sms, intl" is always with billing and crm: lift 1 / (3/4) for billing, 1 for crm, which is in every
        // basket. Equal lift and confidence fall back to support, then to antecedent and consequent order.
        assertThat(out.toString().lines().toList()).containsExactly(
                "antecedent,consequent,support,confidence,lift,count",
                "\"crm|sms, intl\",billing,0.500000,1.000000,1.333333,2",
                "\"sms, intl\",billing,0.500000,1.000000,1.333333,2",
                "\"sms, intl\",billing|crm,0.500000,1.000000,1.333333,2",
                "billing,crm,0.750000,1.000000,1.000000,3",
                "\"billing|sms, intl\",crm,0.500000,1.000000,1.000000,2",
                "\"sms, intl\",crm,0.500000,1.000000,1.000000,2");
    }

    @Test
    void minLiftAndMaxSizeFilterRules() throws IOException {
        int exitCode = run("--input", baskets().toString(), "--min-support", "2", "--min-confidence", "0",
                "--min-lift", "1.2", "--max-size", "2");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString().lines().skip(1).toList()).containsExactly(
                "\"sms, intl\",billing,0.500000,1.000000,1.333333,2",
                "billing,\"sms, intl\",0.500000,0.666667,1.333333,2");
    }

    @Test
    void pairsInputWritesOutputAndTargetFiles() throws IOException {
        Path input = write("pairs.csv", "account_id,product\n"
                + "acme,crm\nacme,billing\nglobex,crm\nglobex,billing\ninitech,crm\ninitech,billing\n"
                + "hooli,crm\nacme,crm\numbrella,billing\n");
        Path rules = folder.resolve("rules.csv");
        Path targets = folder.resolve("targets.csv");

        int exitCode = run("--input", input.toString(), "--min-support", "2", "--min-confidence", "0.7",
                "--output", rules.toString(), "--targets", targets.toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        // 5 accounts: crm 4, billing 4, both 3. Each rule has confidence 3/4 and lift (3 x 5) / (4 x 4).
        assertThat(Files.readAllLines(rules)).containsExactly(
                "antecedent,consequent,support,confidence,lift,count",
                "billing,crm,0.600000,0.750000,0.937500,3",
                "crm,billing,0.600000,0.750000,0.937500,3");
        assertThat(Files.readAllLines(targets)).containsExactly(
                "account,antecedent,consequent,confidence,lift",
                "hooli,crm,billing,0.750000,0.937500",
                "umbrella,billing,crm,0.750000,0.937500");
    }

    @Test
    void targetsNeedPairsFormat() throws IOException {
        int exitCode = run("--input", baskets().toString(), "--min-support", "0.5", "--min-confidence", "0.5",
                "--targets", folder.resolve("targets.csv").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--targets needs account ids");
    }

    @Test
    void rejectsSupportOutsideRange() throws IOException {
        for (String support : List.of("1.5", "0", "-0.2", "abc", "0.0")) {
            StringWriter errors = new StringWriter();
            CommandLine commandLine = new CommandLine(new AffinityCommand());
            commandLine.setErr(new PrintWriter(errors));

            int exitCode = commandLine.execute("--input", baskets().toString(), "--min-support", support,
                    "--min-confidence", "0.5");

            assertThat(exitCode).as(support).isEqualTo(2);
            assertThat(errors.toString()).as(support).contains("--min-support").contains("'" + support + "'")
                    .contains("fraction of baskets in (0, 1]");
        }
    }

    @Test
    void rejectsConfidenceAndMaxSizeOutOfRange() throws IOException {
        assertThat(run("--input", baskets().toString(), "--min-support", "1", "--min-confidence", "1.2"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--min-confidence").contains("'1.2'");

        assertThat(run("--input", baskets().toString(), "--min-support", "1", "--min-confidence", "0.2",
                "--max-size", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-size").contains("'1'");
    }

    @Test
    void rejectsEmptyFileWithFileName() throws IOException {
        Path empty = write("empty.txt", "");

        int exitCode = run("--input", empty.toString(), "--min-support", "0.1", "--min-confidence", "0.5");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains(empty.toString()).contains("file is empty").contains("Fix:");
    }

    @Test
    void rejectsMissingColumnWithLineAndFix() throws IOException {
        Path input = write("pairs.csv", "customer,product\nacme,crm\n");

        int exitCode = run("--input", input.toString(), "--format", "pairs", "--min-support", "0.1",
                "--min-confidence", "0.5");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains(input + ":1: header has no column 'account_id': 'customer,product'")
                .contains("--account-column");
    }

    @Test
    void customColumnsAndDelimiter() throws IOException {
        Path pairs = write("pairs.csv", "customer,sku\nacme,crm\nacme,billing\n");
        Path tabbed = write("tabbed.txt", "crm\tbilling\ncrm\n");

        assertThat(run("--input", pairs.toString(), "--account-column", "customer", "--product-column", "sku",
                "--min-support", "1", "--min-confidence", "0")).as(err.toString()).isZero();
        assertThat(run("--input", tabbed.toString(), "--delimiter", "tab", "--min-support", "1",
                "--min-confidence", "0")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("billing,crm,1.000000,1.000000,1.000000,1");
        assertThat(out.toString()).contains("billing,crm,0.500000,1.000000,1.000000,1");
    }
}
