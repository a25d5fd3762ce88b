package io.idem.statistics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProportionsCommandTest {

    @TempDir
    Path folder;

    @Test
    void frequentistOptionsPrintCheckValue() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "50", "--control-n", "100",
                "--treatment-conversions", "30", "--treatment-n", "100");

        JsonNode result = run.json().at("/comparisons/0/result");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("method").asText()).isEqualTo("frequentist");
        assertThat(result.get("status").asText()).isEqualTo("OK");
        assertThat(result.get("alternative").asText()).isEqualTo("two-sided");
        assertThat(result.get("statistic").asDouble()).isCloseTo(-2.886751, within(1e-6));
        assertThat(result.get("pValue").asDouble()).isCloseTo(0.0038924, within(1e-7));
        assertThat(result.at("/absoluteEffect/interval/lower").asDouble()).isCloseTo(-0.3329, within(1e-4));
    }

    @Test
    void oneSidedIntervalWritesNullBound() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "50", "--control-n", "100",
                "--treatment-conversions", "30", "--treatment-n", "100", "--alternative", "less");

        JsonNode interval = run.json().at("/comparisons/0/result/absoluteEffect/interval");
        assertThat(interval.get("lower").isNull()).isTrue();
        assertThat(interval.get("upper").asDouble()).isLessThan(0);
    }

    @Test
    void bayesianMethodReportsChanceAndRisks() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "50", "--control-n", "100",
                "--treatment-conversions", "30", "--treatment-n", "100", "--method", "bayesian");

        JsonNode result = run.json().at("/comparisons/0/result");
        assertThat(run.exitCode()).isZero();
        assertThat(result.get("method").asText()).isEqualTo("beta-binomial");
        assertThat(result.get("chanceToBeatControl").asDouble()).isBetween(0.0, 0.01);
        assertThat(result.get("treatmentRisk").asDouble()).isGreaterThan(result.get("controlRisk").asDouble());
    }

    @Test
    void sequentialMethodWithTauSquared() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "50", "--control-n", "100",
                "--treatment-conversions", "30", "--treatment-n", "100", "--method", "sequential",
                "--tau-squared", "0.01");

        JsonNode result = run.json().at("/comparisons/0/result");
        assertThat(run.exitCode()).isZero();
        assertThat(result.get("tauSquared").asDouble()).isEqualTo(0.01);
        assertThat(result.get("pValue").asDouble()).isGreaterThan(0.0038924);
    }

    @Test
    void csvWithThreeArmsComparesEachWithFirst() throws IOException {
        Path file = Files.writeString(folder.resolve("arms.csv"),
                "arm,n,conversions\nholdout,1000,50\nplay-a,1000,70\nplay-b,980,40\n");

        CommandRun run = CommandRun.of("proportions", "--input", file.toString());

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("comparisons")).hasSize(2);
        assertThat(json.at("/comparisons/1/control").asText()).isEqualTo("holdout");
        assertThat(json.at("/comparisons/1/treatment").asText()).isEqualTo("play-b");
        assertThat(json.at("/notes/0").asText()).contains("without a multiple-comparison correction");
    }

    @Test
    void degenerateCountsStillPrintJson() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "0", "--control-n", "100",
                "--treatment-conversions", "0", "--treatment-n", "100");

        JsonNode result = run.json().at("/comparisons/0/result");
        assertThat(run.exitCode()).isZero();
        assertThat(result.get("status").asText()).isEqualTo("DEGENERATE");
        assertThat(result.get("pValue").isNull()).isTrue();
    }

    @Test
    void conversionsAboveNExitsTwo() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "150", "--control-n", "100",
                "--treatment-conversions", "30", "--treatment-n", "100");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--control-conversions 150 exceeds --control-n 100");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void negativeCountExitsTwo() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "5", "--control-n", "-100",
                "--treatment-conversions", "30", "--treatment-n", "100");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--control-n").contains("'-100' is negative");
    }

    @Test
    void unparsableCountExitsTwo() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "five", "--control-n", "100",
                "--treatment-conversions", "30", "--treatment-n", "100");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--control-conversions").contains("'five' is not a whole number");
    }

    @Test
    void unknownCsvColumnNamesFileLineAndColumn() throws IOException {
        Path file = Files.writeString(folder.resolve("typo.csv"), "arm,n,conversion\ncontrol,100,5\n");

        CommandRun run = CommandRun.of("proportions", "--input", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + " line 1 column 3: unknown column 'conversion'")
                .contains("expected columns arm,n,conversions");
    }

    @Test
    void unparsableCsvValueNamesPosition() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.csv"),
                "arm,n,conversions\ncontrol,100,5\ntreatment,1e2x,7\n");

        CommandRun run = CommandRun.of("proportions", "--input", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + " line 3 column 2 (n): value '1e2x' is not a whole number");
    }

    @Test
    void csvConversionsAboveNExitsTwo() throws IOException {
        Path file = Files.writeString(folder.resolve("over.csv"), "arm,n,conversions\ncontrol,100,5\nplay,10,11\n");

        CommandRun run = CommandRun.of("proportions", "--input", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 3 column 3 (conversions): value '11' exceeds n = 10");
    }

    @Test
    void missingCsvFileExitsTwo() {
        CommandRun run = CommandRun.of("proportions", "--input", folder.resolve("absent.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("given to --input does not exist");
    }

    @Test
    void sequentialWithoutTauExitsTwo() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "5", "--control-n", "100",
                "--treatment-conversions", "7", "--treatment-n", "100", "--method", "sequential");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("needs --tau-squared or --planned-n");
    }

    @Test
    void alphaOutsideUnitIntervalExitsTwo() {
        CommandRun run = CommandRun.of("proportions", "--control-conversions", "5", "--control-n", "100",
                "--treatment-conversions", "7", "--treatment-n", "100", "--alpha", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--alpha must be strictly between 0 and 1, got 5.0");
    }
}
