package io.idem.experiment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path out;

    @Test
    void simulateWritesReportFile() throws IOException {
        CommandRun run = CommandRun.of("simulate", "--accounts", "800", "--seed", "5", "--effect", "0.3",
                "--experiment", "sim-1", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = out.resolve("experiments/sim-1.json");
        assertThat(run.json().get("out").asText()).isEqualTo(file.toString());
        JsonNode report = new ObjectMapper().readTree(file.toFile());
        assertThat(report.get("experimentId").asText()).isEqualTo("sim-1");
        assertThat(report.get("accounts").asLong()).isEqualTo(run.json().get("customers").asLong());
        assertThat(report.get("comparisons")).hasSize(2);
        assertThat(report.at("/comparisons/0/variant").asText()).isEqualTo("play_a");
        assertThat(report.at("/comparisons/0/conversion/frequentist/pValue").isNumber()).isTrue();
        long injected = run.json().get("injectedConversions").asLong();
        assertThat(injected).isPositive();
    }

    @Test
    void simulateRejectsEffectAboveOne() {
        CommandRun run = CommandRun.of("simulate", "--effect", "1.5", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("--effect").contains("1.5");
        assertThat(out.resolve("experiments")).doesNotExist();
    }

    @Test
    void simulateRejectsZeroAccounts() {
        CommandRun run = CommandRun.of("simulate", "--accounts", "0", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("accounts must be from 1");
    }

    @Test
    void simulateRejectsFileAsOut() throws IOException {
        Path file = Files.writeString(out.resolve("run.txt"), "x");

        CommandRun run = CommandRun.of("simulate", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("is a file");
    }
}
