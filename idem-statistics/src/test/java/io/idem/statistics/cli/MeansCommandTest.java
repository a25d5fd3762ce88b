package io.idem.statistics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.idem.statistics.TestSettings;
import io.idem.statistics.frequentist.WelchTTest;
import io.idem.statistics.variance.CovariateSummary;
import io.idem.statistics.variance.Cuped;
import io.idem.statistics.variance.CupedResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeansCommandTest {

    @TempDir
    Path folder;

    @Test
    void standardDeviationOptionsMatchVarianceOptions() {
        CommandRun withSd = CommandRun.of("means", "--control-mean", "120", "--control-sd", "30", "--control-n", "40",
                "--treatment-mean", "135", "--treatment-sd", "50", "--treatment-n", "25");
        CommandRun withVariance = CommandRun.of("means", "--control-mean", "120", "--control-variance", "900",
                "--control-n", "40", "--treatment-mean", "135", "--treatment-variance", "2500", "--treatment-n", "25");

        assertThat(withSd.exitCode()).isZero();
        assertThat(withSd.json().at("/comparisons/0/result")).isEqualTo(withVariance.json().at("/comparisons/0/result"));
        assertThat(withSd.json().at("/comparisons/0/result/degreesOfFreedom").asDouble()).isGreaterThan(30);
    }

    @Test
    void cupedOptionsAdjustBeforeTesting() {
        CommandRun run = CommandRun.of("means",
                "--control-mean", "100", "--control-variance", "400", "--control-n", "500",
                "--control-covariate-mean", "90", "--control-covariate-variance", "380", "--control-covariance", "300",
                "--treatment-mean", "104", "--treatment-variance", "420", "--treatment-n", "500",
                "--treatment-covariate-mean", "91", "--treatment-covariate-variance", "390",
                "--treatment-covariance", "310");

        CupedResult expected = Cuped.fromSummaries(List.of(new CovariateSummary(500, 100, 400, 90, 380, 300),
                new CovariateSummary(500, 104, 420, 91, 390, 310)));
        double adjustedError = WelchTTest.test(expected.adjusted().get(0), expected.adjusted().get(1),
                TestSettings.defaults()).absoluteEffect().standardError();
        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.at("/cuped/theta").asDouble()).isCloseTo(expected.theta(), within(1e-12));
        assertThat(json.at("/comparisons/0/result/absoluteEffect/standardError").asDouble())
                .isCloseTo(adjustedError, within(1e-12));
    }

    @Test
    void unitsFileWithCovariateRunsCuped() throws IOException {
        StringBuilder csv = new StringBuilder("arm,value,covariate\n");
        for (int i = 0; i < 40; i++) {
            double covariate = 50 + (i * 37 % 23);
            csv.append(String.format(Locale.ROOT, "control,%.2f,%.2f%n", 0.8 * covariate + (i % 5), covariate));
            csv.append(String.format(Locale.ROOT, "play-a,%.2f,%.2f%n", 0.8 * covariate + (i % 7) + 2, covariate));
        }
        Path file = Files.writeString(folder.resolve("units.csv"), csv);

        CommandRun run = CommandRun.of("means", "--units", file.toString());

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.at("/arms/0/arm").asText()).isEqualTo("control");
        assertThat(json.at("/arms/1/n").asLong()).isEqualTo(40);
        assertThat(json.at("/cuped/status").asText()).isEqualTo("OK");
        assertThat(json.at("/cuped/varianceReductionFactor").asDouble()).isLessThan(0.5);
    }

    @Test
    void summaryCsvWithoutCovariatesSkipsCuped() throws IOException {
        Path file = Files.writeString(folder.resolve("means.csv"),
                "arm,n,mean,sd\nholdout,200,80.5,40\nplay-a,210,88.0,42\n");

        CommandRun run = CommandRun.of("means", "--input", file.toString(), "--method", "bayesian");

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.has("cuped")).isFalse();
        assertThat(json.at("/comparisons/0/result/method").asText()).isEqualTo("normal approximation");
        assertThat(json.at("/comparisons/0/result/chanceToBeatControl").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void singleAccountArmIsDegenerateNotAnError() {
        CommandRun run = CommandRun.of("means", "--control-mean", "10", "--control-variance", "0", "--control-n", "1",
                "--treatment-mean", "12", "--treatment-variance", "4", "--treatment-n", "30");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().at("/comparisons/0/result/status").asText()).isEqualTo("DEGENERATE");
        assertThat(run.json().at("/comparisons/0/result/reason").asText()).contains("n = 1");
    }

    @Test
    void negativeVarianceExitsTwo() {
        CommandRun run = CommandRun.of("means", "--control-mean", "10", "--control-variance", "-4", "--control-n", "30",
                "--treatment-mean", "12", "--treatment-variance", "4", "--treatment-n", "30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--control-variance must be >= 0, got -4.0");
    }

    @Test
    void partialCupedOptionsExitTwo() {
        CommandRun run = CommandRun.of("means", "--control-mean", "10", "--control-variance", "4", "--control-n", "30",
                "--treatment-mean", "12", "--treatment-variance", "4", "--treatment-n", "30",
                "--control-covariate-mean", "9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pass all six or none");
    }

    @Test
    void rowWithExtraFieldNamesLine() throws IOException {
        Path file = Files.writeString(folder.resolve("means.csv"),
                "arm,n,mean,variance\nholdout,200,80.5,1600\nplay-a,210,88,0,1700\n");

        CommandRun run = CommandRun.of("means", "--input", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + " line 3: expected 4 fields");
    }

    @Test
    void wrongSeparatorAndWordValueAreNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("means.csv"),
                "arm;n;mean\n");
        Path other = Files.writeString(folder.resolve("means2.csv"),
                "arm,n,mean,variance\nholdout,200,eighty,1600\nplay-a,210,88,1700\n");

        CommandRun header = CommandRun.of("means", "--input", file.toString());
        CommandRun value = CommandRun.of("means", "--input", other.toString());

        assertThat(header.exitCode()).isEqualTo(2);
        assertThat(header.err()).contains("unknown column 'arm;n;mean'");
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).contains("line 2 column 3 (mean): value 'eighty' is not a finite number");
    }

    @Test
    void twoSourcesExitTwo() throws IOException {
        Path file = Files.writeString(folder.resolve("means.csv"), "arm,n,mean,variance\na,2,1,1\nb,2,1,1\n");

        CommandRun run = CommandRun.of("means", "--input", file.toString(), "--control-mean", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pass the arms one way");
    }
}
