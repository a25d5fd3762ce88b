package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.workspace.MissingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuresJsonTest {

    @Test
    void roundTripKeepsFourDecimals() {
        List<MeasureScore> measures = List.of(
                new MeasureScore("usage", "product \"usage\"", 0.123456, 61.23456, 42.857142857, null),
                new MeasureScore("nps", "sentiment", null, null, 0.0, MissingPolicy.EXCLUDE));

        List<MeasureScore> read = MeasuresJson.read(MeasuresJson.write(measures), "run-1", "acme");

        assertThat(read).extracting(MeasureScore::measure, MeasureScore::category, MeasureScore::value, MeasureScore::score,
                MeasureScore::weight, MeasureScore::appliedPolicy).containsExactly(
                tuple("usage", "product \"usage\"", 0.1235, 61.2346, 42.8571, null),
                tuple("nps", "sentiment", null, null, 0.0, MissingPolicy.EXCLUDE));
    }

    @Test
    void rowsWithoutCategoryReadAsOther() {
        String stored = "[{\"measure\":\"usage\",\"value\":0.1000,\"score\":60.0000,\"weight\":50.0000,\"missing_policy\":null}]";

        assertThat(MeasuresJson.read(stored, "run-1", "acme")).singleElement()
                .extracting(MeasureScore::category, MeasureScore::score).containsExactly("other", 60.0);
    }

    @Test
    void malformedJsonNamesRunAndAccount() {
        assertThatThrownBy(() -> MeasuresJson.read("[{\"measure\":", "run-7", "acme"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("health_score.measures of run run-7, account acme is not valid JSON");
        assertThatThrownBy(() -> MeasuresJson.read("{}", "run-7", "acme"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("health_score.measures of run run-7, account acme is not a JSON array: {}");
    }
}
