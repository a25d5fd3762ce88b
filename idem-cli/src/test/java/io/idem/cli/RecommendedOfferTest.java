package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's seat expansion playbook uses {@code offer: recommended}: its opportunities follow the ranking. */
class RecommendedOfferTest {

    @TempDir
    Path temp;

    @Test
    void playbookTakesBestUpsellRecommendation() throws IOException {
        CliTestSupport.Execution demo = execute("demo", "--accounts", "400", "--out", temp.toString());
        assertThat(demo.exitCode()).as(demo.errors()).isZero();

        Map<String, Map<String, String>> bestUpsell = new HashMap<>();
        for (Map<String, String> row : readCsv(temp.resolve("recommendations.csv"))) {
            if (row.get("motion").equals("upsell")) {
                bestUpsell.merge(row.get("account_id"), row,
                        (a, b) -> Integer.parseInt(a.get("rank")) <= Integer.parseInt(b.get("rank")) ? a : b);
            }
        }
        Map<String, String> playbookOfPlay = new HashMap<>();
        readCsv(temp.resolve("plays.csv")).forEach(p -> playbookOfPlay.put(p.get("play_id"), p.get("playbook")));
        List<Map<String, String>> seatOpportunities = readCsv(temp.resolve("opportunities.csv")).stream()
                .filter(o -> "seat_expansion".equals(playbookOfPlay.get(o.get("play_id")))).toList();

        assertThat(seatOpportunities).isNotEmpty();
        for (Map<String, String> opportunity : seatOpportunities) {
            Map<String, String> recommended = bestUpsell.get(opportunity.get("account_id"));
            assertThat(recommended).as("recommendation for %s", opportunity.get("account_id")).isNotNull();
            assertThat(opportunity.get("offer")).isEqualTo(recommended.get("offer"));
            assertThat(new BigDecimal(opportunity.get("expected_mrr"))).isEqualByComparingTo(new BigDecimal(recommended.get("incremental_mrr")));
        }
    }
}
