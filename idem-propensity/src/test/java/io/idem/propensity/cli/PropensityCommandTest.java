package io.idem.propensity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.propensity.evaluate.ModelReport;
import io.idem.propensity.evaluate.ModelReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PropensityCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new PropensityCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** 1,200 accounts whose label follows logistic(-0.5 + 1.5 x + 0.8 [segment = b]); region is unrelated. */
    private Path accountsFile() throws IOException {
        Well19937c random = new Well19937c(17);
        StringBuilder csv = new StringBuilder("account,x,segment,region,took\n");
        for (int i = 0; i < 1200; i++) {
            double x = random.nextGaussian();
            String segment = random.nextBoolean() ? "a" : "b";
            String region = random.nextDouble() < 0.1 ? "" : String.format(Locale.ROOT, "%.2f", random.nextGaussian());
            double eta = -0.5 + 1.5 * x + (segment.equals("b") ? 0.8 : 0.0);
            boolean took = random.nextDouble() < 1 / (1 + Math.exp(-eta));
            csv.append(String.format(Locale.ROOT, "acct-%d,%.4f,%s,%s,%s%n", i, x, segment, region,
                    took ? "yes" : "no"));
        }
        Path file = folder.resolve("accounts.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void trainWritesReportsAndScores() throws IOException {
        Path input = accountsFile();
        Path outDir = folder.resolve("out");

        int exit = run("train", "--input", input.toString(), "--label", "took", "--id", "account", "--out",
                outDir.toString(), "--seed", "3", "--threads", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("gradient_boosted_trees: test AUC", "logistic_regression: test AUC");
        List<ModelReport> reports = ModelReportJson.read(outDir.resolve("model-report.json"));
        assertThat(reports).extracting(ModelReport::model)
                .containsExactly("gradient_boosted_trees", "logistic_regression");
        assertThat(reports.get(0).testRows()).isEqualTo(300);
        assertThat(reports.get(0).split().settings()).containsEntry("seed", "3");
        assertThat(reports.get(0).features()).containsExactly("x", "segment", "region");

        List<String> lines = Files.readAllLines(outDir.resolve("scores.csv"));
        assertThat(lines.get(0)).isEqualTo("id,partition,label,gradient_boosted_trees_probability,"
                + "gradient_boosted_trees_reasons_up,gradient_boosted_trees_reasons_down,"
                + "logistic_regression_probability,logistic_regression_reasons_up,logistic_regression_reasons_down");
        assertThat(lines).hasSize(1201);
        assertThat(lines.get(1)).startsWith("acct-0,");
        assertThat(lines.stream().filter(line -> line.contains(",test,")).count()).isEqualTo(300);
        assertThat(lines.stream().filter(line -> line.contains(",validation,")).count())
                .isEqualTo(reports.get(0).split().validationRows());
    }

    @Test
    void scoresFileAgreesWithReportedAuc() throws IOException {
        Path input = accountsFile();
        Path outDir = folder.resolve("out");
        run("train", "--input", input.toString(), "--label", "took", "--id", "account", "--out", outDir.toString(),
                "--threads", "1");

        List<ModelReport> reports = ModelReportJson.read(outDir.resolve("model-report.json"));
        List<double[]> positives = new ArrayList<>();
        List<double[]> negatives = new ArrayList<>();
        for (String line : Files.readAllLines(outDir.resolve("scores.csv")).subList(1, 1201)) {
            List<String> fields = splitCsv(line);
            if (fields.get(1).equals("test")) {
                double[] scores = {Double.parseDouble(fields.get(3)), Double.parseDouble(fields.get(6))};
                (fields.get(2).equals("1") ? positives : negatives).add(scores);
            }
        }

        // Brute-force pair count on the written probabilities, which are rounded to 6 decimals.
        for (int model = 0; model < 2; model++) {
            double wins = 0;
            for (double[] p : positives) {
                for (double[] q : negatives) {
                    if (p[model] > q[model]) {
                        wins += 1;
                    } else if (p[model] == q[model]) {
                        wins += 0.5;
                    }
                }
            }
            double auc = wins / ((double) positives.size() * negatives.size());
            assertThat(auc).isCloseTo(reports.get(model).auc().value(), within(1e-3));
        }
    }

    @Test
    void reasonsNameFeatureValueAndSignedContribution() throws IOException {
        Path outDir = folder.resolve("out");
        run("train", "--input", accountsFile().toString(), "--label", "took", "--id", "account", "--out",
                outDir.toString(), "--reasons", "2", "--threads", "1");

        List<String> lines = Files.readAllLines(outDir.resolve("scores.csv"));

        int upReasons = 0;
        int downReasons = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = splitCsv(line);
            for (int column : new int[] {4, 5, 7, 8}) {
                if (fields.get(column).isEmpty()) {
                    continue;
                }
                String[] reasons = fields.get(column).split("; ");
                String sign = column == 4 || column == 7 ? "\\+" : "-";
                assertThat(reasons).hasSizeLessThanOrEqualTo(2).allSatisfy(reason -> assertThat(reason)
                        .matches("(x|segment|region)=[^ ]+ \\(" + sign + "\\d+\\.\\d{3}\\)"));
                if (column == 4 || column == 7) {
                    upReasons += reasons.length;
                } else {
                    downReasons += reasons.length;
                }
            }
        }
        assertThat(upReasons).isPositive();
        assertThat(downReasons).isPositive();
    }

    @Test
    void rejectsNonBinaryLabelWithLocationAndFix() throws IOException {
        Path input = folder.resolve("bad.csv");
        Files.writeString(input, "account,x,took\na,1,yes\nb,2,maybe\nc,3,no\n");

        int exit = run("train", "--input", input.toString(), "--label", "took", "--id", "account", "--out",
                folder.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(input + ":3: column 'took', value 'maybe': the label is not binary")
                .contains("Fix:");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void rejectsMissingInputFile() {
        int exit = run("train", "--input", folder.resolve("none.csv").toString(), "--label", "took", "--id", "a",
                "--out", folder.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("none.csv: file not found");
    }

    @Test
    void rejectsTestFractionOutsideOpenInterval() throws IOException {
        int exit = run("train", "--input", accountsFile().toString(), "--label", "took", "--id", "account",
                "--test-fraction", "1.5", "--out", folder.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--test-fraction: '1.5' is outside (0, 1)");
    }

    @Test
    void rejectsTooFewRowsToSplit() throws IOException {
        Path input = folder.resolve("tiny.csv");
        Files.writeString(input, "account,x,took\na,1,1\nb,2,0\n");

        int exit = run("train", "--input", input.toString(), "--label", "took", "--id", "account", "--out",
                folder.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("tiny.csv: 2 rows are too few to split").contains("Fix:");
    }

    @Test
    void withoutSubcommandPrintsUsage() {
        int exit = run();

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).contains("Usage: propensity", "train");
    }

    /** Splits one line of the scores file, which quotes fields with commas. */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
