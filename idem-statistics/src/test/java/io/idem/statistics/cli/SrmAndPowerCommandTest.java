package io.idem.statistics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SrmAndPowerCommandTest {

    @TempDir
    Path folder;

    @Test
    void srmFromObservedCounts() {
        CommandRun run = CommandRun.of("srm", "--observed", "480,520", "--weights", "0.5,0.5");

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("statistic").asDouble()).isCloseTo(1.6, within(1e-12));
        assertThat(json.get("mismatch").asBoolean()).isFalse();
    }

    @Test
    void srmReadsProportionsCsvWithWeights() throws IOException {
        Path file = Files.writeString(folder.resolve("arms.csv"),
                "arm,n,conversions,weight\nholdout,1000,50,1\nplay-a,1800,70,2\n");

        CommandRun run = CommandRun.of("srm", "--input", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().at("/expected/0").asDouble()).isCloseTo(2800.0 / 3, within(1e-9));
    }

    @Test
    void srmWithWrongWeightCountExitsTwo() {
        CommandRun run = CommandRun.of("srm", "--observed", "480,520,500", "--weights", "0.5,0.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("got 3 arm sizes but 2 weights");
    }

    @Test
    void srmWithUnparsableCountExitsTwo() {
        CommandRun run = CommandRun.of("srm", "--observed", "480,5x0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--observed").contains("'5x0' is not a whole number");
    }

    @Test
    void powerForProportionsMatchesLibrary() {
        CommandRun run = CommandRun.of("power", "--baseline", "0.5", "--mde", "0.25", "--power", "0.9");

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("controlN").asLong()).isEqualTo(77);
        assertThat(json.get("exactControlN").asDouble()).isCloseTo(76.7, within(0.05));
    }

    @Test
    void powerForMeansAtGivenN() {
        CommandRun run = CommandRun.of("power", "--baseline", "200", "--mde", "0.005", "--relative", "--sd", "1",
                "--n", "20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("power").asDouble()).isCloseTo(0.8689528, within(5e-8));
    }

    @Test
    void powerWithImpossibleEffectExitsTwo() {
        CommandRun run = CommandRun.of("power", "--baseline", "0.9", "--mde", "0.2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--baseline 0.9, --mde 0.2").contains("outside (0, 1)");
    }

    @Test
    void missingSubcommandExitsTwo() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing subcommand");
    }

    @Test
    void helpExitsZero() {
        CommandRun run = CommandRun.of("means", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--control-covariate-mean").contains("--units");
    }
}
