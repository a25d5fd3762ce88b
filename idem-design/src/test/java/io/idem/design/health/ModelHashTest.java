package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.Location;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import io.idem.workspace.WorkspaceLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelHashTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("red", 0));
    private static final HealthMeasure USAGE = new HealthMeasure("usage", "usage_30d", "product_usage", 30, Scoring.linear(0, 50),
            MissingPolicy.NEUTRAL, null);
    private static final HealthModel BASE = new HealthModel("health", "first wording", List.of(USAGE), BANDS, null, null);

    @Test
    void hashIsSha256OfCanonicalText() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ModelHash.canonicalText(BASE).getBytes(StandardCharsets.UTF_8)));

        assertThat(ModelHash.of(BASE)).isEqualTo(expected).hasSize(64);
        assertThat(ModelHash.canonicalText(BASE)).isEqualTo("""
                model=health
                peer_group=
                measure=usage|feature=usage_30d|category=product_usage|weight=30.0|scoring=linear(0.0,50.0)|missing=neutral
                band=green|min=70.0
                band=red|min=0.0
                """);
    }

    @Test
    void descriptionAndPositionDoNotCount() {
        HealthModel moved = new HealthModel("health", "other wording", List.of(new HealthMeasure("usage", "usage_30d", "product_usage", 30,
                Scoring.linear(0, 50), MissingPolicy.NEUTRAL, new Location(Path.of("idem.yaml"), 40, 7, "health.health.measures.usage"))),
                BANDS, null, new Location(Path.of("idem.yaml"), 38, 3, "health.health"));

        assertThat(ModelHash.of(moved)).isEqualTo(ModelHash.of(BASE));
    }

    @Test
    void ravenStackModelHashIsStable() {
        HealthModel first = WorkspaceLoader.load(Path.of("..", "examples", "ravenstack")).healthModels().get(0);
        HealthModel second = WorkspaceLoader.load(Path.of("..", "examples", "ravenstack")).healthModels().get(0);

        assertThat(ModelHash.of(first)).isEqualTo(ModelHash.of(second));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyScoringChangeChangesTheHash(String name, UnaryOperator<HealthModel> edit) {
        assertThat(ModelHash.of(edit.apply(BASE))).isNotEqualTo(ModelHash.of(BASE));
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("name", m -> new HealthModel("care", m.description(), m.measures(), m.bands(), null, null)),
                edit("peer group", m -> new HealthModel(m.name(), m.description(), m.measures(), m.bands(), "plan", null)),
                edit("weight", m -> with(m, new HealthMeasure("usage", "usage_30d", "product_usage", 31, Scoring.linear(0, 50), MissingPolicy.NEUTRAL, null))),
                edit("feature", m -> with(m, new HealthMeasure("usage", "usage_7d", "product_usage", 30, Scoring.linear(0, 50), MissingPolicy.NEUTRAL, null))),
                edit("category", m -> with(m, new HealthMeasure("usage", "usage_30d", "adoption", 30, Scoring.linear(0, 50), MissingPolicy.NEUTRAL, null))),
                edit("linear range", m -> with(m, new HealthMeasure("usage", "usage_30d", "product_usage", 30, Scoring.linear(0, 60), MissingPolicy.NEUTRAL, null))),
                edit("percentile", m -> with(m, new HealthMeasure("usage", "usage_30d", "product_usage", 30, Scoring.percentile(false), MissingPolicy.NEUTRAL, null))),
                edit("thresholds", m -> with(m, new HealthMeasure("usage", "usage_30d", "product_usage", 30,
                        Scoring.thresholds(List.of(new Scoring.Step(10.0, 100), new Scoring.Step(null, 0))), MissingPolicy.NEUTRAL, null))),
                edit("missing policy", m -> with(m, new HealthMeasure("usage", "usage_30d", "product_usage", 30, Scoring.linear(0, 50), MissingPolicy.WORST, null))),
                edit("measure renamed", m -> with(m, new HealthMeasure("activity", "usage_30d", "product_usage", 30, Scoring.linear(0, 50), MissingPolicy.NEUTRAL, null))),
                edit("band minimum", m -> new HealthModel(m.name(), m.description(), m.measures(),
                        List.of(new HealthBand("green", 75), new HealthBand("red", 0)), null, null)),
                edit("band renamed", m -> new HealthModel(m.name(), m.description(), m.measures(),
                        List.of(new HealthBand("good", 70), new HealthBand("red", 0)), null, null)));
    }

    @Test
    void percentileDirectionChangesTheHash() {
        HealthModel higher = with(BASE, new HealthMeasure("usage", "usage_30d", "product_usage", 30, Scoring.percentile(false), MissingPolicy.NEUTRAL, null));
        HealthModel lower = with(BASE, new HealthMeasure("usage", "usage_30d", "product_usage", 30, Scoring.percentile(true), MissingPolicy.NEUTRAL, null));

        assertThat(ModelHash.of(higher)).isNotEqualTo(ModelHash.of(lower));
    }

    private static Arguments edit(String name, UnaryOperator<HealthModel> edit) {
        return Arguments.of(name, edit);
    }

    private static HealthModel with(HealthModel model, HealthMeasure measure) {
        return new HealthModel(model.name(), model.description(), List.of(measure), model.bands(), model.peerGroup(), null);
    }
}
