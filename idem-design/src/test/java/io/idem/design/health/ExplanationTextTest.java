package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.MissingPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTextTest {

    private static final StoredScore PREVIOUS = new StoredScore("run-1", LocalDate.parse("2024-06-01"), "health", "acme", "Pro", 56.0,
            "amber", "hash-1", List.of(
            new MeasureScore("usage", "product_usage", 40.0, 40.0, 50.0, null),
            new MeasureScore("satisfaction", "sentiment", 80.0, 80.0, 30.0, null),
            new MeasureScore("survey", "sentiment", 60.0, 60.0, 20.0, null)));
    private static final StoredScore LATEST = new StoredScore("run-2", LocalDate.parse("2024-06-08"), "health", "acme", "Pro", 4700.0 / 70,
            "amber", "hash-2", List.of(
            new MeasureScore("usage", "product_usage", 70.0, 70.0, 5000.0 / 70, null),
            new MeasureScore("satisfaction", "sentiment", null, null, 0.0, MissingPolicy.EXCLUDE),
            new MeasureScore("survey", "sentiment", 60.0, 60.0, 2000.0 / 70, null)));

    @Test
    void rendersBreakdownAndMovers() {
        String text = ExplanationText.render(ScoreComparison.compare(PREVIOUS, LATEST));

        assertThat(text.lines().toList()).containsExactly(
                "Account acme, model health: 67.14 (amber) on 2024-06-08, run run-2",
                "Peer group: Pro",
                "  product_usage: 70.00 (weight 71.43)",
                "    usage: value 70.00, score 70.00, weight 71.43",
                "  sentiment: 60.00 (weight 28.57)",
                "    satisfaction: value missing, score missing, weight 0.00, missing: exclude",
                "    survey: value 60.00, score 60.00, weight 28.57",
                "Since 2024-06-01 (run run-1, score 56.00): change +11.14",
                "  The model's configuration changed between the two runs.",
                "  satisfaction changed: -24.00 (value 80.00 -> missing, score 80.00 -> missing)",
                "  usage changed: +21.43 (value 40.00 -> 70.00, score 40.00 -> 70.00)",
                "  reweighting +13.71, rescoring of unchanged values +0.00");
    }

    @Test
    void firstScoreHasNothingToCompare() {
        String text = ExplanationText.render(ScoreComparison.compare(null, LATEST));

        assertThat(text.lines().toList()).last().isEqualTo("No previous score to compare with.");
    }
}
