package io.idem.experiment.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.idem.experiment.DesignTargets;
import io.idem.experiment.Variant;
import io.idem.experiment.analysis.AnalysisDesign;
import io.idem.experiment.analysis.ExperimentAnalyzer;
import io.idem.experiment.analysis.ExperimentReport;
import io.idem.experiment.analysis.Observation;
import io.idem.experiment.analysis.SyntheticPopulation;
import io.idem.experiment.analysis.SyntheticPopulation.ArmModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));
    private static final Map<String, ArmModel> MODELS = Map.of("play_a", new ArmModel(0.25, 0.096),
            "play_b", new ArmModel(0.20, 0.10), "holdout", new ArmModel(0.20, 0.10));
    private static final int ACCOUNTS = 1_200;

    @TempDir
    Path folder;

    private Path assignments;
    private List<Observation> observations;

    @BeforeEach
    void assignAccounts() throws IOException {
        observations = SyntheticPopulation.generate("upsell-q1", PLAYS, MODELS, ACCOUNTS, 3);
        StringBuilder accounts = new StringBuilder("account_id\n");
        observations.forEach(o -> accounts.append(o.accountId()).append('\n'));
        assignments = folder.resolve("assignments.csv");
        CommandRun run = CommandRun.of("assign", "--experiment", "upsell-q1", "--variants",
                "play_a:0.45,play_b:0.45,holdout:0.10", "--accounts",
                Files.writeString(folder.resolve("accounts.csv"), accounts).toString(), "--out", assignments.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void reportMatchesLibraryAndChiSquare() throws IOException {
        Path outcomes = outcomes(observations, "account_id,converted,expansion_mrr,pre_mrr");

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString(), "--pre-period", "pre_mrr");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        ExperimentReport expected = ExperimentAnalyzer.analyze(new AnalysisDesign("upsell-q1", PLAYS, "holdout",
                DesignTargets.defaults(), 0.001), observations);
        assertThat(json.get("experimentId").asText()).isEqualTo("upsell-q1");
        assertThat(json.get("control").asText()).isEqualTo("holdout");
        assertThat(json.get("accounts").asInt()).isEqualTo(ACCOUNTS);
        JsonNode playA = json.at("/comparisons/0");
        assertThat(playA.get("variant").asText()).isEqualTo("play_a");
        assertThat(playA.at("/conversion/frequentist/pValue").asDouble())
                .isCloseTo(new ChiSquareTest().chiSquareTest(new long[][] {counts("play_a"), counts("holdout")}),
                        within(1e-10));
        assertThat(playA.at("/expansionMrr/frequentist/pValue").asDouble())
                .isEqualTo(expected.comparison("play_a").expansionMrr().frequentist().pValue());
        assertThat(playA.at("/expansionMrr/cuped/pValue").asDouble())
                .isEqualTo(expected.comparison("play_a").expansionMrr().cuped().pValue());
        assertThat(playA.at("/conversion/bayesian/chanceToBeatControl").asDouble())
                .isEqualTo(expected.comparison("play_a").conversion().bayesian().chanceToBeatControl());
        assertThat(playA.at("/conversion/sequential/pValue").asDouble())
                .isEqualTo(expected.comparison("play_a").conversion().sequential().pValue());
        assertThat(json.at("/sampleRatio/pValue").asDouble()).isEqualTo(expected.sampleRatio().pValue());
        assertThat(json.at("/plan/0/conversion/sampleSize/controlN").asLong())
                .isEqualTo(expected.plan().get(0).conversion().sampleSize().controlN());
        assertThat(playA.at("/conversion/frequentist/alternative").asText()).isEqualTo("two-sided");
    }

    @Test
    void outcomesOfOtherAccountsAreIgnoredWithNote() throws IOException {
        Path outcomes = outcomes(observations, "account_id,converted,expansion_mrr");
        Files.writeString(outcomes, "acct-other,true,10\n", java.nio.file.StandardOpenOption.APPEND);

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("notes").toString()).contains("1 row(s) of " + outcomes
                + " belong to accounts that are not in " + assignments + " and were ignored");
        assertThat(run.json().at("/comparisons/0/conversion/cuped").isNull()).isTrue();
    }

    @Test
    void flatOutcomesGiveDegenerateResults() throws IOException {
        List<Observation> flat = observations.stream()
                .map(o -> new Observation(o.accountId(), o.variant(), false, 0, null)).toList();
        Path outcomes = outcomes(flat, "account_id,converted,expansion_mrr");

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().at("/comparisons/0/conversion/frequentist/status").asText()).isEqualTo("DEGENERATE");
        assertThat(run.json().at("/comparisons/0/expansionMrr/frequentist/pValue").isNull()).isTrue();
        assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void missingOutcomeNamesAssignmentLine() throws IOException {
        Observation dropped = observations.get(41);
        Path outcomes = outcomes(observations.stream().filter(o -> o != dropped).toList(),
                "account_id,converted,expansion_mrr");

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(assignments + " line 43 column 2 (account_id): value '"
                + dropped.accountId() + "' of variant " + dropped.variant() + " has no row in " + outcomes
                + "; add one, with converted false and expansion_mrr 0 when it did not expand");
    }

    @Test
    void invalidConvertedValueNamesCell() throws IOException {
        Path outcomes = Files.writeString(folder.resolve("outcomes.csv"),
                "account_id,expansion_mrr,converted\nacct-1000000,0,maybe\n");

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(outcomes + " line 2 column 3 (converted): value 'maybe' is not true or"
                + " false; use true or false (or 1 or 0)");
    }

    @Test
    void invalidMrrValueNamesCell() throws IOException {
        Path outcomes = Files.writeString(folder.resolve("outcomes.csv"),
                "account_id,converted,expansion_mrr\nacct-1000000,true,12.5 USD\n");

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(outcomes + " line 2 column 3 (expansion_mrr): value '12.5 USD' is not a"
                + " finite number; use a decimal point, as in 120.50, and 0 for no expansion");
    }

    @Test
    void missingPrePeriodColumnIsRejected() throws IOException {
        Path outcomes = outcomes(observations, "account_id,converted,expansion_mrr");

        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes.toString(), "--pre-period", "mrr_before");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("missing column 'mrr_before'").contains("--pre-period");
    }

    @Test
    void unknownControlIsRejected() throws IOException {
        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes(observations, "account_id,converted,expansion_mrr").toString(), "--control", "baseline");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo("--control baseline is not a variant of " + assignments
                + "; use one of [play_a, play_b, holdout]");
    }

    @Test
    void controlMustBeNamedWithoutHoldout() throws IOException {
        Path file = Files.writeString(folder.resolve("two.csv"), "account_id,variant,weight\na,new_offer,1\nb,old,1\n");
        Path outcomes = Files.writeString(folder.resolve("outcomes.csv"),
                "account_id,converted,expansion_mrr\na,true,1\nb,false,0\n");

        CommandRun run = CommandRun.of("analyze", "--assignments", file.toString(), "--outcomes", outcomes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(file + " has no variant named holdout or control; pass --control with one"
                + " of [new_offer, old]");
    }

    @Test
    void inconsistentWeightIsRejected() throws IOException {
        Path file = Files.writeString(folder.resolve("weights.csv"),
                "account_id,variant,weight\na,play_a,0.9\nb,holdout,0.1\nc,play_a,0.8\n");

        CommandRun run = CommandRun.of("analyze", "--assignments", file.toString(), "--outcomes",
                outcomes(observations, "account_id,converted,expansion_mrr").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo(file + " line 4 column 3 (weight): value '0.8' differs from weight 0.9 of"
                + " variant play_a on line 2; give every row of a variant the same weight");
    }

    @Test
    void variantsOptionKeepsEmptyVariantInSampleRatio() throws IOException {
        Path file = Files.writeString(folder.resolve("partial.csv"), "account_id,variant\na,play_a\nb,holdout\n");
        Path outcomes = Files.writeString(folder.resolve("outcomes.csv"),
                "account_id,converted,expansion_mrr\na,true,1\nb,false,0\n");

        CommandRun run = CommandRun.of("analyze", "--assignments", file.toString(), "--outcomes", outcomes.toString(),
                "--variants", "play_a:0.45,play_b:0.45,holdout:0.10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().at("/sampleRatio/observed").toString()).isEqualTo("[1,0,1]");
        assertThat(run.json().at("/comparisons/1/conversion/frequentist/reason").asText())
                .isEqualTo("treatment arm has n = 0, so its rate is undefined");
    }

    @Test
    void variantMissingFromVariantsOptionIsRejected() throws IOException {
        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes(observations, "account_id,converted,expansion_mrr").toString(), "--variants",
                "play_a:0.5,holdout:0.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).contains("column 3 (variant): value 'play_b' is not one of --variants");
    }

    @Test
    void invalidAlphaIsRejected() throws IOException {
        CommandRun run = CommandRun.of("analyze", "--assignments", assignments.toString(), "--outcomes",
                outcomes(observations, "account_id,converted,expansion_mrr").toString(), "--alpha", "1.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo("invalid --baseline-rate, --mde, --mrr-mde, --alpha or --power: alpha must"
                + " be strictly between 0 and 1, got 1.5; use 0.05");
    }

    @Test
    void missingSubcommandExitsTwo() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.message()).isEqualTo("missing subcommand; use assign, analyze or simulate");
    }

    /** Writes outcomes in reverse account order, with the given header's columns. */
    private Path outcomes(List<Observation> rows, String header) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = rows.size() - 1; i >= 0; i--) {
            Observation o = rows.get(i);
            text.append(o.accountId()).append(',').append(o.converted()).append(',').append(o.expansionMrr());
            if (header.endsWith("pre_mrr")) {
                text.append(',').append(o.prePeriod());
            }
            text.append('\n');
        }
        return Files.writeString(folder.resolve("outcomes.csv"), text);
    }

    private long[] counts(String variant) {
        List<Observation> members = observations.stream().filter(o -> o.variant().equals(variant)).toList();
        long converted = members.stream().filter(Observation::converted).count();
        return new long[] {converted, members.size() - converted};
    }
}
