package io.idem.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.affinity.mining.Itemset;
import io.idem.affinity.rules.AssociationRule;
import io.idem.identify.AccountFrame;
import io.idem.propensity.explain.Explanation;
import io.idem.propensity.explain.FeatureContribution;
import io.idem.workspace.Motion;
import io.idem.workspace.OfferCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Candidates, probabilities and ranking on a three-account frame, checked against values worked out by hand. */
class RecommenderRankingTest {

    private static final double MONTHS = 20;

    private static final OfferCatalog CATALOG = new OfferCatalog("USD",
            List.of(new OfferCatalog.Plan("Basic", new BigDecimal("19")), new OfferCatalog.Plan("Pro", new BigDecimal("49")),
                    new OfferCatalog.Plan("Enterprise", new BigDecimal("199"))),
            5,
            List.of(new OfferCatalog.Product("sso", new BigDecimal("15"), "Pro", List.of(), List.of(), "sso_logins", null)),
            List.of(new OfferCatalog.Product("analytics", new BigDecimal("99"), null), new OfferCatalog.Product("backup", new BigDecimal("30"), null)),
            List.of(new OfferCatalog.Bundle("suite", List.of("analytics", "backup"), new BigDecimal("110"))),
            new OfferCatalog.UpsellSignals("cap_use", 0.8, "seat_use", 0.9));

    /** backup -> analytics in 3 of the 5 baskets with backup; analytics is in 4 of 10 baskets: confidence 0.6, lift 1.5. */
    private static final AssociationRule BACKUP_ANALYTICS = new AssociationRule(Itemset.of("backup"), Itemset.of("analytics"), 3, 5, 4, 10);

    private record FixedLifetime(double months) implements RemainingLifetime {
        @Override
        public double months(Map<String, Object> row) {
            return months;
        }

        @Override
        public String describe() {
            return "fixed " + months + " months";
        }
    }

    @Test
    void ranksByExpectedValue() {
        Map<String, List<Recommendation>> result = recommend();

        // a1, Basic with 10 seats near the cap and at high seat use; no rule applies, so the upsell prior 0.10 is used.
        // next_plan 10 × (49 - 19) = 300, EV 0.1 × 300 × 20 = 600; seats 5 × 19 = 95, EV 0.1 × 95 × 20 = 190.
        assertThat(result.get("a1")).extracting(Recommendation::rank, Recommendation::offer, Recommendation::incrementalMrr, Recommendation::expectedValue)
                .containsExactly(tuple(1, "next_plan", new BigDecimal("300.00"), new BigDecimal("600.00")),
                        tuple(2, "seats", new BigDecimal("95.00"), new BigDecimal("190.00")));

        // a2, Pro holding backup: suite 0.6 × 110 × 20 = 1320, analytics 0.6 × 99 × 20 = 1188, seats 0.1 × 245 × 20 = 490,
        // sso by its model score 0.9 × 15 × 20 = 270.
        assertThat(result.get("a2")).extracting(Recommendation::offer, Recommendation::motion, Recommendation::probability, Recommendation::expectedValue)
                .containsExactly(tuple("suite", Motion.BUNDLE, 0.6, new BigDecimal("1320.00")),
                        tuple("analytics", Motion.CROSS_SELL, 0.6, new BigDecimal("1188.00")),
                        tuple("seats", Motion.UPSELL, 0.1, new BigDecimal("490.00")),
                        tuple("sso", Motion.UPSELL, 0.9, new BigDecimal("270.00")));

        // a3 is on the top plan and has no seat-use value.
        assertThat(result.get("a3")).isEmpty();
    }

    @Test
    void reasonsNameTriggersRulesAndModel() {
        Map<String, List<Recommendation>> result = recommend();

        assertThat(result.get("a1").get(0).reasons()).containsExactly("cap_use 0.85 >= near_cap 0.8", "plan Basic -> Pro",
                "prior upsell probability 0.1", "trigger usage_growth fired");
        assertThat(result.get("a2").get(1).reasons()).containsExactly("rule backup -> analytics (confidence 0.6, lift 1.5)");
        assertThat(result.get("a2").get(3).reasons()).containsExactly("sso_logins 2 > 0",
                "model probability 0.9: sso_logins=2 (+1.2), seats=4 (+0.3)");
    }

    @Test
    void writesCsvRows() throws IOException {
        StringWriter out = new StringWriter();

        RecommendationsCsvWriter.write(out, recommend());

        assertThat(out.toString().lines()).containsExactly(RecommendationsCsvWriter.HEADER,
                "a1,1,upsell,next_plan,0.1000,300.00,600.00,cap_use 0.85 >= near_cap 0.8; plan Basic -> Pro; prior upsell probability 0.1; trigger usage_growth fired",
                "a1,2,upsell,seats,0.1000,95.00,190.00,seat_use 0.95 >= high_seat_use 0.9; 5 more seats on Basic; prior upsell probability 0.1; trigger usage_growth fired",
                "a2,1,bundle,suite,0.6000,110.00,1320.00,\"rule backup -> analytics (confidence 0.6, lift 1.5)\"",
                "a2,2,cross_sell,analytics,0.6000,99.00,1188.00,\"rule backup -> analytics (confidence 0.6, lift 1.5)\"",
                "a2,3,upsell,seats,0.1000,245.00,490.00,seat_use 0.92 >= high_seat_use 0.9; 5 more seats on Pro; prior upsell probability 0.1",
                "a2,4,upsell,sso,0.9000,15.00,270.00,\"sso_logins 2 > 0; model probability 0.9: sso_logins=2 (+1.2), seats=4 (+0.3)\"");
    }

    @Test
    void missingSignalColumnIsReported() {
        AccountFrame frame = new AccountFrame(List.of("a1"));
        frame.put("plan", new Object[] {"Basic"});

        assertThatThrownBy(() -> new Recommender(CATALOG, List.of()).recommend(frame, RecommendationInputs.defaults()))
                .hasMessage("offers.cap_feature: feature 'cap_use' is not in the account frame; define it under features or compute the frame with it");
    }

    private static Map<String, List<Recommendation>> recommend() {
        AccountFrame frame = new AccountFrame(List.of("a1", "a2", "a3"));
        frame.put("plan", new Object[] {"Basic", "Pro", "Enterprise"});
        frame.put("seats", new Object[] {10.0, 4.0, 100.0});
        frame.put("cap_use", new Object[] {0.85, 0.5, 0.99});
        frame.put("seat_use", new Object[] {0.95, 0.92, null});
        frame.put("sso_logins", new Object[] {4.0, 2.0, 0.0});
        frame.put("usage_growth", new Object[] {true, false, null});

        PropensityScores scores = PropensityScores.none().add("sso", List.of(new Explanation("a2", 0.9, -1.0,
                List.of(new FeatureContribution("seats", "4", 0.3), new FeatureContribution("sso_logins", "2", 1.2),
                        new FeatureContribution("tickets", "7", -0.4)))));
        RecommendationInputs inputs = RecommendationInputs.defaults()
                .withHoldings(Map.of("a2", Set.of("backup")))
                .withRules(List.of(BACKUP_ANALYTICS))
                .withScores(scores)
                .withLifetime(new FixedLifetime(MONTHS));

        return new Recommender(CATALOG, List.of("usage_growth")).recommend(frame, inputs);
    }
}
