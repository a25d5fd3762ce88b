package io.idem.design.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.identify.AccountFrame;
import io.idem.workspace.HealthBand;
import io.idem.workspace.HealthMeasure;
import io.idem.workspace.HealthModel;
import io.idem.workspace.MissingPolicy;
import io.idem.workspace.Scoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCsvWriterTest {

    private static final List<HealthBand> BANDS = List.of(new HealthBand("green", 70), new HealthBand("amber", 40), new HealthBand("red", 0));

    @TempDir
    Path folder;

    @Test
    void rowsCarryMeasuresCategoriesPeerGroupAndMissing() throws IOException {
        HealthModel health = new HealthModel("health", null, List.of(
                new HealthMeasure("usage", "usage_30d", "product_usage", 3, Scoring.linear(0, 100), MissingPolicy.NEUTRAL, null),
                new HealthMeasure("nps", "nps", "sentiment, survey", 1, Scoring.linear(0, 10), MissingPolicy.EXCLUDE, null)),
                BANDS, "plan", null);
        HealthModel billing = new HealthModel("billing", null, List.of(
                new HealthMeasure("paid", "paid_on_time", "finance", 1, Scoring.linear(0, 1), MissingPolicy.WORST, null)), BANDS, null);
        AccountFrame frame = new AccountFrame(List.of("acme", "bolt"));
        frame.put("usage_30d", new Object[] {80.0, null});
        frame.put("nps", new Object[] {null, 5.0});
        frame.put("paid_on_time", new Object[] {true, null});
        frame.put("plan", new Object[] {"Pro", "Basic"});
        List<HealthScore> scores = new ArrayList<>(HealthScorer.score(health, frame));
        scores.addAll(HealthScorer.score(billing, frame));

        Path file = HealthCsvWriter.write(folder, List.of(health, billing), scores);

        // bolt under health: usage neutral 50 (weight 3) and nps 50 (weight 1) give 50.
        assertThat(Files.readAllLines(file)).containsExactly(
                "account_id,model,score,band,usage,nps,paid,category_product_usage,\"category_sentiment, survey\",category_finance,peer_group,missing",
                "acme,health,80,green,80,,,80,,,Pro,nps: exclude",
                "bolt,health,50,amber,50,50,,50,50,,Basic,usage: neutral",
                "acme,billing,100,green,,,100,,,100,,",
                "bolt,billing,0,red,,,0,,,0,,paid: worst");
    }
}
