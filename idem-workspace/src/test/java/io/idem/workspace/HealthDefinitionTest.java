package io.idem.workspace;

import static io.idem.workspace.SchemaValidatorTest.RAVENSTACK;
import static io.idem.workspace.SchemaValidatorTest.VALID;
import static io.idem.workspace.SchemaValidatorTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading health models: categories, percentile scoring and peer groups, and the problems they can have. */
class HealthDefinitionTest {

    private static final String MEASURE = "      usage: {feature: usage_30d, linear: {worst: 0, best: 50}}";

    @TempDir
    Path folder;

    @Test
    void percentileMeasuresAndPeerGroupAreRead() throws IOException {
        Path file = write(VALID.replace(MEASURE, String.join("\n",
                "      usage: {feature: usage_30d, category: product_usage, percentile: {}}",
                "      seats_used: {feature: seats, category: finance, weight: 2, percentile: {lower_is_better: true}}",
                "      paid: {feature: mrr_now, linear: {worst: 0, best: 100}}",
                "    peer_group: plan")));

        WorkspaceLoader.Result result = WorkspaceLoader.read(file);

        assertThat(result.problems()).isEmpty();
        HealthModel model = result.workspace().healthModels().get(0);
        assertThat(model.peerGroup()).isEqualTo("plan");
        assertThat(model.measures()).extracting(HealthMeasure::scoring).containsExactly(
                new Scoring.Percentile(false), new Scoring.Percentile(true), new Scoring.Linear(0, 100));
        assertThat(model.measures()).extracting(HealthMeasure::feature).containsExactly("usage_30d", "seats", "mrr_now");
        assertThat(model.measures()).extracting(HealthMeasure::category).containsExactly("product_usage", "finance", "other");
        assertThat(model.categories()).containsExactly("product_usage", "finance", "other");
    }

    @Test
    void severalModelsAreReadInOrder() throws IOException {
        String second = "  seat_health:\n    peer_group: plan\n    measures:\n      seats_used: {feature: seats, percentile: {}}\n";
        Path file = write(VALID.replace(MEASURE + "\n", MEASURE + "\n" + second));

        WorkspaceLoader.Result result = WorkspaceLoader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.workspace().healthModels()).extracting(HealthModel::name, HealthModel::peerGroup)
                .containsExactly(tuple("health", null), tuple("seat_health", "plan"));
    }

    @Test
    void modelWithoutPeerGroupHasNone() {
        HealthModel model = WorkspaceLoader.load(RAVENSTACK).healthModels().get(0);

        assertThat(model.peerGroup()).isNull();
        assertThat(model.categories()).containsExactly("product_usage", "sentiment", "support");
    }

    @Test
    void unknownPeerGroupColumnReported() throws IOException {
        String text = VALID.replace(MEASURE, MEASURE + "\n    peer_group: plna");
        Path file = write(text);
        int line = lineOf(text, "    peer_group: plna");

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().field()).isEqualTo("health.health.peer_group");
            assertThat(p.location().line()).isEqualTo(line);
            assertThat(p.value()).isEqualTo("plna");
            assertThat(p.message()).isEqualTo("unknown column of the accounts source");
            assertThat(p.fix()).isEqualTo("did you mean 'plan'?");
        });
    }

    @Test
    void featureIsNoPeerGroup() throws IOException {
        Path file = write(VALID.replace(MEASURE, MEASURE + "\n    peer_group: usage_30d"));

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().field()).isEqualTo("health.health.peer_group");
            assertThat(p.fix()).isEqualTo("use one of: account_id, plan, seats");
        });
    }

    @Test
    void twoScoringsAreOneProblem() throws IOException {
        String text = VALID.replace(MEASURE, "      usage: {feature: usage_30d, thresholds: [{score: 0}], percentile: {}}");
        Path file = write(text);
        int line = lineOf(text, "      usage: {feature: usage_30d, thresholds: [{score: 0}], percentile: {}}");

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();
        List<ConfigProblem> schema = SchemaValidator.validate(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("a measure has only one of 'linear', 'thresholds' and 'percentile'");
        });
        assertThat(schema).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo(problems.get(0).message());
        });
    }

    @Test
    void measureWithoutScoringNamesAllThree() throws IOException {
        Path file = write(VALID.replace(MEASURE, "      usage: {feature: usage_30d}"));

        List<ConfigProblem> problems = WorkspaceLoader.read(file).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("a measure needs 'linear', 'thresholds' or 'percentile' scoring");
            assertThat(p.fix()).contains("percentile: {}");
        });
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("idem.yaml");
        Files.writeString(file, text);
        return file;
    }
}
