package io.idem.lifetimevalue.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.idem.lifetimevalue.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    @TempDir
    Path tempDir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(tempDir.resolve(name), content);
    }

    @Test
    void sbgPrintsPublishedFit() throws Exception {
        Path input = TestData.resource("sbg/regular.txt");

        CommandRun run = CommandRun.of("fit", "--model", "sbg", "--input", input.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("model").asText()).isEqualTo("sbg");
        assertThat(json.path("parameters").path("alpha").asDouble()).isCloseTo(0.704, within(0.0005));
        assertThat(json.path("parameters").path("beta").asDouble()).isCloseTo(1.182, within(0.0005));
        assertThat(json.path("periods").asInt()).isEqualTo(7);
        assertThat(json.path("cohortSize").asInt()).isEqualTo(1000);
        assertThat(json.path("convergence").path("converged").asBoolean()).isTrue();
        assertThat(json.path("logLikelihood").asDouble()).isNegative();
        assertThat(json.path("survival")).hasSize(7);
    }

    @Test
    void sbgPeriodsProjectsUnfittedYears() throws Exception {
        Path input = TestData.resource("sbg/high-end.txt");

        CommandRun run = CommandRun.of("fit", "--model", "sbg", "--input", input.toString(), "--periods", "4");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("periods").asInt()).isEqualTo(4);
        assertThat(json.path("periodsInFile").asInt()).isEqualTo(7);
        assertThat(json.path("survival").get(3).path("fitted").asBoolean()).isTrue();
        assertThat(json.path("survival").get(4).path("fitted").asBoolean()).isFalse();
        assertThat(json.path("survival").get(6).path("observed").asInt()).isEqualTo(491);
    }

    @Test
    void bgnbdReproducesPublishedCdnowFit() throws Exception {
        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", TestData.cdnowSample().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("format").asText()).isEqualTo("cdnow");
        assertThat(json.path("parameters").path("r").asDouble()).isCloseTo(0.243, within(0.0005));
        assertThat(json.path("parameters").path("alpha").asDouble()).isCloseTo(4.414, within(0.0005));
        assertThat(json.path("parameters").path("a").asDouble()).isCloseTo(0.793, within(0.0005));
        assertThat(json.path("parameters").path("b").asDouble()).isCloseTo(2.426, within(0.0005));
        assertThat(json.path("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.05));
        assertThat(json.path("calibrationEnd").asText()).isEqualTo("1997-09-30");
        assertThat(json.path("calibrationEndSource").asText()).startsWith("default");
        assertThat(json.path("customers").asInt()).isEqualTo(2357);
        assertThat(json.path("repeatCustomers").asInt()).isEqualTo(946);
    }

    @Test
    void gammaGammaOnCdnowPrintsPublishedFit() throws Exception {
        CommandRun run = CommandRun.of("fit", "--model", "gamma-gamma", "--input", TestData.cdnowSample().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("parameters").path("p").asDouble()).isCloseTo(6.25, within(0.005));
        assertThat(json.path("parameters").path("q").asDouble()).isCloseTo(3.74, within(0.005));
        assertThat(json.path("parameters").path("gamma").asDouble()).isCloseTo(15.44, within(0.005));
        assertThat(json.path("customersInFit").asInt()).isEqualTo(946);
    }

    @Test
    void renamedCsvColumnsMatchCdnowFit() throws Exception {
        // Rewrites the CDNOW sample as CSV with other column names, another column order and dd/MM/yyyy dates.
        List<String> csv = new ArrayList<>();
        csv.add("when,spend,client,note");
        for (String line : Files.readAllLines(TestData.cdnowSample())) {
            String[] fields = line.trim().split(" +");
            String date = fields[2].substring(6) + "/" + fields[2].substring(4, 6) + "/" + fields[2].substring(0, 4);
            csv.add(date + "," + fields[4] + "," + fields[0] + ",\"CDs, " + fields[3] + "\"");
        }
        Path input = tempDir.resolve("cdnow.csv");
        Files.write(input, csv);

        CommandRun fromCsv = CommandRun.of("fit", "--model", "gamma-gamma", "--input", input.toString(),
                "--customer-column", "client", "--date-column", "when", "--amount-column", "spend",
                "--date-format", "dd/MM/yyyy");
        CommandRun fromCdnow = CommandRun.of(
                "fit", "--model", "gamma-gamma", "--input", TestData.cdnowSample().toString());

        assertThat(fromCsv.exitCode()).as(fromCsv.err()).isZero();
        assertThat(fromCsv.json().path("format").asText()).isEqualTo("csv");
        assertThat(fromCsv.json().path("parameters")).isEqualTo(fromCdnow.json().path("parameters"));
        assertThat(fromCsv.json().path("calibrationEnd")).isEqualTo(fromCdnow.json().path("calibrationEnd"));
    }

    @Test
    void calibrationEndOptionChangesSummary() throws Exception {
        CommandRun run = CommandRun.of("fit", "--model", "gamma-gamma", "--input", TestData.cdnowSample().toString(),
                "--calibration-end", "1997-06-30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("calibrationEnd").asText()).isEqualTo("1997-06-30");
        assertThat(json.path("calibrationEndSource").asText()).isEqualTo("option");
        assertThat(json.path("repeatCustomers").asInt()).isLessThan(946);
    }

    @Test
    void increasingSurvivorCountPointsAtLineAndValue() throws Exception {
        Path input = write("survivors.txt", "# cohort\n1000\n631\n700\n");

        CommandRun run = CommandRun.of("fit", "--model", "sbg", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(input.toString())
                .contains("line 4")
                .contains("column 1")
                .contains("value '700'")
                .contains("Fix:");
    }

    @Test
    void decimalSurvivorCountIsRejected() throws Exception {
        Path input = write("survivors.txt", "1000, 63.1, 46.8\n");

        CommandRun run = CommandRun.of("fit", "--model", "sbg", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1").contains("column 2").contains("'63.1'").contains("whole number");
    }

    @Test
    void invalidCsvDatePointsAtColumn() throws Exception {
        Path input = write("tx.csv", "customer_id,date,amount\nc1,2024-01-05,10.00\nc1,2024-02-30,12.00\n");

        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 3").contains("column 2 (date)").contains("'2024-02-30'")
                .contains("--date-format");
    }

    @Test
    void negativeAmountIsRejected() throws Exception {
        Path input = write("tx.csv", "customer_id,date,amount\nc1,2024-01-05,-10.00\n");

        CommandRun run = CommandRun.of("fit", "--model", "gamma-gamma", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2").contains("column 3 (amount)").contains("'-10.00'").contains("refunds");
    }

    @Test
    void missingCsvColumnNamesOption() throws Exception {
        Path input = write("tx.csv", "customer,date,amount\nc1,2024-01-05,10.00\n");

        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1").contains("customer_id").contains("--customer-column");
    }

    @Test
    void undetectableLayoutIsRejected() throws Exception {
        Path input = write("tx.txt", "c1 2024-01-05 10.00\n");

        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1").contains("cannot detect the layout");
    }

    @Test
    void tooFewCustomersExitsWithInputError() throws Exception {
        Path input = write("tx.csv", "customer_id,date,amount\nc1,2024-01-05,10.00\nc1,2024-01-20,12.00\n");

        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("BG/NBD").contains("TOO_FEW_OBSERVATIONS").contains("got 1 customers");
    }

    @Test
    void divergedFitExitsWithOne() throws Exception {
        Path input = write("survivors.txt", "1000\n869\n743\n");

        CommandRun run = CommandRun.of("fit", "--model", "sbg", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("PARAMETERS_DIVERGED");
    }

    @Test
    void unknownModelIsRejected() {
        CommandRun run = CommandRun.of("fit", "--model", "pareto", "--input", "x.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'pareto' is not a model");
    }

    @Test
    void optionsOfOtherModelAreRejected() throws Exception {
        Path survivors = TestData.resource("sbg/regular.txt");

        CommandRun periods = CommandRun.of(
                "fit", "--model", "bgnbd", "--input", TestData.cdnowSample().toString(), "--periods", "3");
        CommandRun calibration = CommandRun.of(
                "fit", "--model", "sbg", "--input", survivors.toString(), "--calibration-end", "1997-09-30");
        CommandRun tooManyPeriods = CommandRun.of(
                "fit", "--model", "sbg", "--input", survivors.toString(), "--periods", "9");

        assertThat(periods.exitCode()).isEqualTo(2);
        assertThat(periods.err()).contains("--periods applies to --model sbg only");
        assertThat(calibration.exitCode()).isEqualTo(2);
        assertThat(calibration.err()).contains("--calibration-end");
        assertThat(tooManyPeriods.exitCode()).isEqualTo(2);
        assertThat(tooManyPeriods.err()).contains("--periods 9 is outside [2, 7]");
    }

    @Test
    void invalidDatePatternIsRejected() throws Exception {
        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", TestData.cdnowSample().toString(),
                "--date-format", "yyyy-MM-dd{");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--date-format 'yyyy-MM-dd{' is not a valid java.time pattern");
    }

    @Test
    void nonUtf8FileIsRejected() throws Exception {
        Path input = Files.write(tempDir.resolve("latin1.csv"),
                "customer_id,date,amount\nJos\u00e9,2024-01-05,10.00\n".getBytes(StandardCharsets.ISO_8859_1));

        CommandRun run = CommandRun.of("fit", "--model", "bgnbd", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not UTF-8");
    }

    @Test
    void missingFileIsRejected() {
        Path missing = tempDir.resolve("missing.txt");

        CommandRun run = CommandRun.of("fit", "--model", "sbg", "--input", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toString()).contains("file not found");
    }

    @Test
    void clvWithoutSubcommandShowsUsage() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing subcommand").contains("fit");
    }
}
